package community.hub.web.rota;

import community.hub.rota.CafeRole;
import community.hub.rota.RotaMember;
import community.hub.rota.store.LeavingService;
import community.hub.rota.store.TeamService;
import community.hub.web.FieldMessages;
import community.hub.web.language.Formats;
import community.hub.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The café team as staff see it: who is on it, what they are trained for, and the support they need; and those who
 * have left it, each of whom staff may bring back.
 */
@Named
@RequestScoped
public class CafeTeam {

    @Inject
    private TeamService teamService;

    @Inject
    private LeavingService leavingService;

    @Inject
    private Caller caller;

    private List<Line> members;
    private List<Former> former;

    /** Someone who left the team, and the day they left in words (empty when the hub did not keep it). */
    public record Former(long id, String name, String leftOn) {}

    /** One member on the team list. */
    public record Line(
            long id, String name, String roles, String hours, boolean needsJobCoach, String buddy, String username) {}

    @PostConstruct
    void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<RotaMember> team = teamService.team();
        Map<Long, String> names = team.stream().collect(Collectors.toMap(RotaMember::getId, RotaMember::getName));
        Map<Long, String> usernames = teamService.usernames();
        members = team.stream()
                .sorted(Comparator.comparing(RotaMember::getName).thenComparingLong(RotaMember::getId))
                .map(member -> new Line(
                        member.getId(),
                        member.getName(),
                        Arrays.stream(CafeRole.values())
                                .filter(member::isTrainedFor)
                                .map(role -> RotaPages.roleWords(locale, role))
                                .collect(Collectors.joining(", ")),
                        hours(locale, member),
                        member.isNeedsJobCoach(),
                        member.getBuddyId().map(names::get).orElse(null),
                        usernames.get(member.getId())))
                .toList();
        former = leavingService.formerMembers().stream()
                .map(left -> new Former(
                        left.id(),
                        left.name(),
                        left.leftOn() == null
                                ? ""
                                : Formats.date(locale, "date.long").format(left.leftOn())))
                .toList();
    }

    /** Someone who left is back on the team, to be placed again. */
    public String comeBack(long id) {
        return bringBack(leavingService, id, caller);
    }

    /** Brings someone who left back onto the team, from this list or their own page: then the team, or why not. */
    static String bringBack(LeavingService leavingService, long id, Caller caller) {
        return FieldMessages.attempt(
                        () -> leavingService.comeBack(id, caller.account().orElseThrow()))
                .map(back -> {
                    FieldMessages.done("member.cameBack", back.getName());
                    return "/staff/cafe-team?faces-redirect=true";
                })
                .orElse(null);
    }

    public List<Former> getFormer() {
        return former;
    }

    private static String hours(Locale locale, RotaMember member) {
        return Formats.number(
                locale,
                BigDecimal.valueOf(member.getMaximumPerWeek().toMinutes())
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros());
    }

    public List<Line> getMembers() {
        return members;
    }
}
