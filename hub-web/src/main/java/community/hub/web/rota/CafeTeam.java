package community.hub.web.rota;

import community.hub.rota.CafeRole;
import community.hub.rota.RotaMember;
import community.hub.rota.store.CafeRotaService;
import community.hub.web.Text;
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

/** The café team as staff see it: who is on it, what they are trained for, and the support they need. */
@Named
@RequestScoped
public class CafeTeam {

    @Inject
    private CafeRotaService rota;

    private List<Line> members;

    /** One member on the team list. */
    public record Line(long id, String name, String roles, String hours, boolean needsJobCoach, String buddy, String username) {
    }

    @PostConstruct
    void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<RotaMember> team = rota.team();
        Map<Long, String> names = team.stream().collect(Collectors.toMap(RotaMember::getId, RotaMember::getName));
        Map<Long, String> usernames = rota.usernames();
        members = team.stream().sorted(Comparator.comparing(RotaMember::getName).thenComparingLong(RotaMember::getId))
                .map(member -> new Line(member.getId(), member.getName(),
                        Arrays.stream(CafeRole.values()).filter(member::isTrainedFor)
                                .map(role -> Text.get(locale, "cafeRole." + role.name())).collect(Collectors.joining(", ")),
                        hours(member), member.isNeedsJobCoach(), member.getBuddyId().map(names::get).orElse(null),
                        usernames.get(member.getId())))
                .toList();
    }

    private static String hours(RotaMember member) {
        return BigDecimal.valueOf(member.getMaximumPerWeek().toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    public List<Line> getMembers() {
        return members;
    }
}
