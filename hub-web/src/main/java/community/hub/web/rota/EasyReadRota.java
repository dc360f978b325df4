package community.hub.web.rota;

import community.hub.Refusal;
import community.hub.rota.RotaWeek;
import community.hub.rota.store.RotaWeekService;
import community.hub.rota.store.TeamService;
import community.hub.rota.store.WeekAsShown;
import community.hub.web.FieldMessages;
import community.hub.web.Text;
import community.hub.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The easy-read rota to print: each day in words, each shift as "Monday morning, half past eight to half past
 * twelve", then one person per line with a picture of their job. Volunteers see published weeks; staff any week.
 * <p>
 * With {@code member}, one person's own page: only the days and shifts they work, their job with its picture and who
 * works with them, in large type on a sheet of its own. With {@code print=everyone} (staff, published weeks), such a
 * page for everyone on the week who wants a printed rota, one person on each sheet. A volunteer opens only their own.
 */
@Named
@RequestScoped
public class EasyReadRota {

    @Inject
    private RotaWeekService weekService;

    @Inject
    private TeamService teamService;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    private String week;
    private Long member;
    private String print;
    private RotaWeek rotaWeek;
    private WeekAsShown shown;
    private List<EasyReadWeek.EasyDay> days = List.of();
    private List<EasyReadWeek.Sheet> sheets = List.of();
    private boolean sheetsAsked;

    public void load() {
        rotaWeek = RotaPages.week(week, clock).orElseGet(() -> RotaWeek.thisWeek(clock));
        week = rotaWeek.toString();
        try {
            shown = weekService.week(rotaWeek, caller.account().orElseThrow());
            days = EasyReadWeek.days(shown, locale());
            sheets = sheetsFor(shown);
        } catch (Refusal notPublished) {
            shown = null;
            FieldMessages.show(notPublished);
        }
    }

    /** The people to print a page each for: the one asked for, or everyone who wants a printed rota. */
    private List<EasyReadWeek.Sheet> sheetsFor(WeekAsShown week) {
        Locale locale = locale();
        if (member != null) {
            sheetsAsked = true;
            if (!caller.isStaff() && !member.equals(ownMemberId())) {
                FieldMessages.global("easyRead.person.notYours");
                return List.of();
            }
            String name = week.nameOf(member);
            if (name.startsWith("#")) {
                FieldMessages.global("easyRead.person.notFound");
                return List.of();
            }
            return List.of(EasyReadWeek.sheet(week, member, name, locale));
        }
        if ("everyone".equals(print) && caller.isStaff()) {
            sheetsAsked = true;
            return week.getDeliveries()
                    .map(deliveries -> deliveries.getToPrint().stream()
                            .map(person -> EasyReadWeek.sheet(week, person.memberId(), person.name(), locale))
                            .toList())
                    .orElse(List.of());
        }
        return List.of();
    }

    private Long ownMemberId() {
        try {
            return teamService.me(caller.account().orElseThrow()).getId();
        } catch (Refusal notOnTeam) {
            return null;
        }
    }

    public boolean isShown() {
        return shown != null;
    }

    public boolean isPublished() {
        return shown != null && shown.isPublished();
    }

    public List<EasyReadWeek.EasyDay> getDays() {
        return days;
    }

    /** True when the page shows one page for each person asked for, rather than the whole week. */
    public boolean isSheets() {
        return sheetsAsked;
    }

    public List<EasyReadWeek.Sheet> getPeople() {
        return sheets;
    }

    /** On one person's own page, the heading names them. */
    public boolean isOnePerson() {
        return member != null && sheets.size() == 1;
    }

    public String getWeekLine() {
        return Text.get(locale(), "easyRead.person.week", RotaPages.day().format(rotaWeek.getMonday()));
    }

    public Long getMember() {
        return member;
    }

    public void setMember(Long member) {
        this.member = member;
    }

    public String getPrint() {
        return print;
    }

    public void setPrint(String print) {
        this.print = print;
    }

    public String getHeading() {
        if (isOnePerson()) {
            return sheets.get(0).getHeading();
        }
        return Text.get(locale(), "easyRead.heading", RotaPages.day().format(rotaWeek.getMonday()));
    }

    public String getPreviousWeek() {
        return rotaWeek.previous().toString();
    }

    public String getNextWeek() {
        return rotaWeek.next().toString();
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    private static Locale locale() {
        return RotaPages.locale();
    }
}
