package community.hub.web.rota;

import community.hub.Refusal;
import community.hub.rota.Assignment;
import community.hub.rota.CafeRole;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import community.hub.rota.SpokenTime;
import community.hub.rota.store.RotaWeekService;
import community.hub.rota.store.WeekAsShown;
import community.hub.web.FieldMessages;
import community.hub.web.Text;
import community.hub.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The easy-read rota to print: each day in words, each shift as "Monday morning, half past eight to half past
 * twelve", then one person per line with a picture of their job. Volunteers see published weeks; staff any week.
 * <p>
 * With {@code member}, one person's own page: only the days and shifts they work, their job with its picture and who
 * works with them, in large type on a sheet of its own. With {@code print=everyone} (staff, published weeks), such a
 * page for everyone on the week who wants a printed rota, one person on each sheet.
 */
@Named
@RequestScoped
public class EasyReadRota {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    @Inject
    private RotaWeekService weekService;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    private String week;
    private Long member;
    private String print;
    private RotaWeek rotaWeek;
    private WeekAsShown shown;
    private List<EasyDay> days = List.of();
    private List<Sheet> sheets = List.of();
    private boolean sheetsAsked;

    public void load() {
        try {
            rotaWeek = week == null || week.isBlank() ? RotaWeek.containing(LocalDate.now(clock)) : RotaWeek.parse(week);
        } catch (Refusal unreadable) {
            rotaWeek = RotaWeek.containing(LocalDate.now(clock));
        }
        week = rotaWeek.toString();
        try {
            shown = weekService.week(rotaWeek, caller.account().orElseThrow());
            days = daysOf(shown, locale());
            sheets = sheetsFor(shown);
        } catch (Refusal notPublished) {
            shown = null;
            FieldMessages.show(notPublished);
        }
    }

    /** The people to print a page each for: the one asked for, or everyone who wants a printed rota. */
    private List<Sheet> sheetsFor(WeekAsShown week) {
        Locale locale = locale();
        if (member != null) {
            sheetsAsked = true;
            String name = week.nameOf(member);
            if (name.startsWith("#")) {
                FieldMessages.global("easyRead.person.notFound");
                return List.of();
            }
            return List.of(sheet(week, member, name, locale));
        }
        if ("everyone".equals(print) && caller.isStaff()) {
            sheetsAsked = true;
            return week.getDeliveries().map(deliveries -> deliveries.getToPrint().stream()
                    .map(person -> sheet(week, person.memberId(), person.name(), locale)).toList()).orElse(List.of());
        }
        return List.of();
    }

    /** One person's own page: each day they work, each of their shifts in words, their job and who works with them. */
    private static Sheet sheet(WeekAsShown week, long memberId, String name, Locale locale) {
        Map<LocalDate, EasyDay> byDate = new LinkedHashMap<>();
        for (Assignment held : week.getRota().shiftsOf(memberId)) {
            Shift shift = held.getShift();
            EasyDay day = byDate.computeIfAbsent(shift.getDate(), date -> new EasyDay(DAY.format(date)));
            EasyShift easy = new EasyShift(SpokenTime.shift(shift, locale), week.titleOf(shift).orElse(null));
            easy.lines.add(new EasyLine(name, held.getRole(), Text.get(locale, "easyRole." + held.getRole().name()),
                    week.isNewSincePublished(held)));
            List<String> others = new ArrayList<>();
            for (CafeRole role : shift.getRoles()) {
                week.getRota().assignedTo(shift, role).stream().filter(other -> other.getMemberId() != memberId)
                        .forEach(other -> others.add(week.nameOf(other.getMemberId())));
            }
            easy.with = others.isEmpty() ? null : Text.get(locale, "easyRead.person.with", String.join(", ", others));
            day.shifts.add(easy);
        }
        return new Sheet(memberId, Text.get(locale, "easyRead.person.heading", name), new ArrayList<>(byDate.values()),
                Text.get(locale, "easyRead.person.noShifts", name));
    }

    private static List<EasyDay> daysOf(WeekAsShown week, Locale locale) {
        Map<LocalDate, EasyDay> byDate = new LinkedHashMap<>();
        for (LocalDate date : week.getWeek().getDates()) {
            byDate.put(date, new EasyDay(DAY.format(date)));
        }
        week.getClosedShifts().forEach(closed -> byDate.get(closed.getShift().getDate()).closed = closed.getReason());
        for (Shift shift : week.getRota().getShifts()) {
            EasyShift easy = new EasyShift(SpokenTime.shift(shift, locale), week.titleOf(shift).orElse(null));
            for (CafeRole role : shift.getRoles()) {
                week.getRota().assignedTo(shift, role).forEach(held -> easy.lines.add(
                        new EasyLine(week.nameOf(held.getMemberId()), role, Text.get(locale, "easyRole." + role.name()),
                                week.isNewSincePublished(held))));
                for (int open = 0; open < week.getRota().missing(shift, role); open++) {
                    easy.lines.add(new EasyLine(null, role, Text.get(locale, "easyRole." + role.name()), false));
                }
            }
            byDate.get(shift.getDate()).shifts.add(easy);
        }
        return byDate.values().stream().filter(day -> day.closed != null || !day.shifts.isEmpty()).toList();
    }

    public boolean isShown() {
        return shown != null;
    }

    public boolean isPublished() {
        return shown != null && shown.isPublished();
    }

    public List<EasyDay> getDays() {
        return days;
    }

    /** True when the page shows one page for each person asked for, rather than the whole week. */
    public boolean isSheets() {
        return sheetsAsked;
    }

    public List<Sheet> getPeople() {
        return sheets;
    }

    /** On one person's own page, the heading names them. */
    public boolean isOnePerson() {
        return member != null && sheets.size() == 1;
    }

    public String getWeekLine() {
        return Text.get(locale(), "easyRead.person.week", DAY.format(rotaWeek.getMonday()));
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
        return Text.get(locale(), "easyRead.heading", DAY.format(rotaWeek.getMonday()));
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
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.UK : faces.getViewRoot().getLocale();
    }

    /** A day of the week with its shifts, or why the café is closed. */
    public static final class EasyDay {
        private final String name;
        private String closed;
        private final List<EasyShift> shifts = new ArrayList<>();

        EasyDay(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public String getClosed() {
            return closed;
        }

        public List<EasyShift> getShifts() {
            return shifts;
        }
    }

    /** One person's own page of the week. */
    public static final class Sheet {
        private final long memberId;
        private final String heading;
        private final List<EasyDay> days;
        private final String noShifts;

        Sheet(long memberId, String heading, List<EasyDay> days, String noShifts) {
            this.memberId = memberId;
            this.heading = heading;
            this.days = days;
            this.noShifts = noShifts;
        }

        public long getMemberId() {
            return memberId;
        }

        public String getHeading() {
            return heading;
        }

        public List<EasyDay> getDays() {
            return days;
        }

        public String getNoShifts() {
            return noShifts;
        }
    }

    /** A shift in words, and who works it. */
    public static final class EasyShift {
        private final String when;
        private final String title;
        private final List<EasyLine> lines = new ArrayList<>();
        private String with;

        EasyShift(String when, String title) {
            this.when = when;
            this.title = title;
        }

        public String getWhen() {
            return when;
        }

        public String getTitle() {
            return title;
        }

        public List<EasyLine> getLines() {
            return lines;
        }

        /** On one person's page, "Working with you: ..."; otherwise nothing. */
        public String getWith() {
            return with;
        }
    }

    /** One person and their job; no name for a place nobody holds yet. */
    public static final class EasyLine {
        private final String name;
        private final CafeRole role;
        private final String job;
        private final boolean newSincePublished;

        EasyLine(String name, CafeRole role, String job, boolean newSincePublished) {
            this.name = name;
            this.role = role;
            this.job = job;
            this.newSincePublished = newSincePublished;
        }

        public String getName() {
            return name;
        }

        public boolean isOpen() {
            return name == null;
        }

        public String getRole() {
            return role.name();
        }

        public String getJob() {
            return job;
        }

        public boolean isNewSincePublished() {
            return newSincePublished;
        }
    }
}
