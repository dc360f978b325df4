package community.hub.web.rota;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.rota.CafeRole;
import community.hub.rota.FreeTimeDetails;
import community.hub.rota.MemberDetails;
import community.hub.rota.RotaDelivery;
import community.hub.rota.RotaMember;
import community.hub.rota.SpokenTime;
import community.hub.rota.TimeAwayDetails;
import community.hub.rota.store.LeavingService;
import community.hub.rota.store.TeamService;
import community.hub.web.FieldMessages;
import community.hub.web.FieldNames;
import community.hub.web.NotFoundPage;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import community.hub.web.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Staff add someone to the café team or change what the rota knows about them: the jobs they are trained for, the
 * times they can work each week, the days they are away, their hours, the support they need, their buddy, and how they
 * like their rota. A field that is wrong says so beside it, and nothing is saved. The checks are the rota rules'.
 */
@Named
@ViewScoped
public class MemberEditor implements Serializable {

    private static final Pattern ROW_FIELD = Pattern.compile("(availability|timeAway)\\[(\\d+)]\\.?(.*)");

    @Inject
    private TeamService teamService;

    @Inject
    private LeavingService leavingService;

    @Inject
    private Caller caller;

    private Long id;
    private MemberDetails details;
    private List<WorkingDay> week;
    private List<AwayRow> away;

    /** Whether they are on the team, the day they left, and how their rota reaches them now (existing members). */
    private boolean onTeam = true;

    private LocalDate leftOn;
    private List<String> gets = List.of();
    /** Staff asked for them to leave: the confirmation step shows, with the places they would give up. */
    private boolean confirmingLeave;

    private List<String> placesAhead = List.of();

    /** Loads the member named by the {@code id} parameter, or starts someone new. */
    public void load() {
        if (details != null) {
            return;
        }
        Optional<MemberDetails> found = id == null
                ? Optional.of(new MemberDetails())
                : NotFoundPage.unlessRefused(() -> teamService.memberDetails(id));
        if (found.isEmpty()) {
            return;
        }
        details = found.get();
        week = WorkingDay.week(
                details.getAvailability(),
                FreeTimeDetails::getDay,
                FreeTimeDetails::getFrom,
                FreeTimeDetails::getUntil);
        away = new ArrayList<>(details.getTimeAway().stream()
                .map(days -> new AwayRow(days.getFirst(), days.getLast()))
                .toList());
        if (id != null) {
            TeamService.Standing standing = teamService.standing(id);
            onTeam = standing.onTeam();
            leftOn = standing.leftOn();
            gets = ways(details.getRotaBy(), standing, locale());
        }
    }

    /** How the rota reaches them now, one line for each way they chose, in the hub's words. */
    private static List<String> ways(Set<RotaDelivery> chosen, TeamService.Standing standing, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (RotaDelivery way : RotaDelivery.values()) {
            if (!chosen.contains(way)) {
                continue;
            }
            switch (way) {
                case EMAIL ->
                    lines.add(
                            standing.emailAddress() == null
                                    ? Text.get(locale, "member.gets.noAddress")
                                    : Text.get(locale, "member.gets.EMAIL", standing.emailAddress()));
                case CALENDAR ->
                    lines.add(Text.get(
                            locale,
                            standing.username() == null ? "member.gets.CALENDAR.noAccount" : "member.gets.CALENDAR"));
                case EASY_READ_PRINT -> lines.add(Text.get(locale, "member.gets.EASY_READ_PRINT"));
            }
        }
        return lines;
    }

    /** The first step of someone leaving: shows what they would give up, and asks staff to say yes. */
    public void askToLeave() {
        Locale locale = locale();
        placesAhead = leavingService.placesAhead(id).stream()
                .map(place -> Text.get(
                        locale,
                        "member.place",
                        SpokenTime.shift(place.shift(), locale) + " ("
                                + Formats.date(locale, "date.long")
                                        .format(place.shift().getDate()) + ")"
                                + (place.title() == null ? "" : ": " + place.title()),
                        RotaPages.roleWords(locale, place.role())))
                .toList();
        confirmingLeave = true;
    }

    public void keepOnTeam() {
        confirmingLeave = false;
    }

    /** They leave the team: their places still to come open up, and staff go back to the team. */
    public String leave() {
        return FieldMessages.attempt(
                        () -> leavingService.leave(id, caller.account().orElseThrow()), refusal -> {
                            confirmingLeave = false;
                            return false;
                        })
                .map(leaving -> {
                    FieldMessages.done(
                            "member.left",
                            leaving.member().getName(),
                            leaving.placesGivenUp().size());
                    return "/staff/cafe-team?faces-redirect=true";
                })
                .orElse(null);
    }

    /** Someone who left is back on the team. */
    public String comeBack() {
        return CafeTeam.bringBack(leavingService, id, caller);
    }

    private static Locale locale() {
        return RotaPages.locale();
    }

    public String save() {
        week.forEach(day -> day.setProblem(null));
        away.forEach(days -> days.setProblem(null));
        List<WorkingDay> daysSent = new ArrayList<>();
        List<FreeTimeDetails> timesSent = new ArrayList<>();
        for (WorkingDay day : week) {
            for (WorkingDay.Hours hours : day.given()) {
                daysSent.add(day);
                timesSent.add(new FreeTimeDetails(hours.day(), hours.from(), hours.until()));
            }
        }
        List<AwayRow> awaySent = away.stream()
                .filter(days -> days.getFirst() != null || days.getLast() != null)
                .toList();
        details.setAvailability(timesSent);
        details.setTimeAway(new ArrayList<>(awaySent.stream()
                .map(days -> new TimeAwayDetails(days.getFirst(), days.getLast()))
                .toList()));
        try {
            RotaMember saved = id == null ? teamService.addMember(details) : teamService.changeMember(id, details);
            FieldMessages.done(id == null ? "member.added" : "member.saved", saved.getName());
            return "/staff/cafe-team?faces-redirect=true";
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        } catch (ConstraintViolationException invalid) {
            List<ConstraintViolation<?>> elsewhere = new ArrayList<>();
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                Matcher row = ROW_FIELD.matcher(FieldNames.of(violation));
                if (row.matches() && row.group(1).equals("availability")) {
                    daysSent.get(Integer.parseInt(row.group(2))).setProblem(violation.getMessage());
                } else if (row.matches()) {
                    awaySent.get(Integer.parseInt(row.group(2))).setProblem(violation.getMessage());
                } else {
                    elsewhere.add(violation);
                }
            }
            FieldMessages.show(elsewhere);
        }
        FieldMessages.global("form.errorsSummary");
        return null;
    }

    public void addAway() {
        away.add(new AwayRow(null, null));
    }

    public void removeAway(AwayRow days) {
        away.remove(days);
    }

    // What the form offers

    public CafeRole[] getAllRoles() {
        return CafeRole.values();
    }

    public RotaDelivery[] getAllWays() {
        return RotaDelivery.values();
    }

    /** Everyone else on the team, by name, as a possible buddy. */
    public List<RotaMember> getPossibleBuddies() {
        return teamService.team().stream()
                .filter(member -> id == null || member.getId() != id)
                .sorted(Comparator.comparing(RotaMember::getName))
                .toList();
    }

    /** Volunteer accounts nobody else on the team signs in with, and the member's own. */
    public List<Account> getAccounts() {
        Map<String, Long> taken = new HashMap<>();
        teamService.usernames().forEach((memberId, username) -> taken.put(username, memberId));
        return teamService.volunteerAccounts().stream()
                .filter(account -> !taken.containsKey(account.getUsername())
                        || taken.get(account.getUsername()).equals(id))
                .toList();
    }

    public boolean isAdding() {
        return id == null;
    }

    public boolean isOnTeam() {
        return onTeam;
    }

    /** "Left the team on 3 March 2027.", or the same without a date for someone who left before the hub kept it. */
    public String getLeftNote() {
        return leftOn == null
                ? Text.get(locale(), "member.former.noDate")
                : Text.get(
                        locale(),
                        "member.former",
                        Formats.date(locale(), "date.long").format(leftOn));
    }

    public List<String> getGets() {
        return gets;
    }

    /** A sentence naming them, such as "Yes, Kit Ramsay leaves the team". */
    public String says(String key) {
        return Text.get(locale(), key, details.getName());
    }

    public boolean isConfirmingLeave() {
        return confirmingLeave;
    }

    public List<String> getPlacesAhead() {
        return placesAhead;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MemberDetails getDetails() {
        return details;
    }

    public List<WorkingDay> getWeek() {
        return week;
    }

    public List<AwayRow> getAway() {
        return away;
    }
}
