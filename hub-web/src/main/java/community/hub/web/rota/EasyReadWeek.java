package community.hub.web.rota;

import community.hub.rota.Assignment;
import community.hub.rota.CafeRole;
import community.hub.rota.Shift;
import community.hub.rota.SpokenTime;
import community.hub.rota.store.WeekAsShown;
import community.hub.web.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The easy-read rota as people read it, made from the {@link WeekAsShown}: the week day by day, or one person's own page,
 * each shift in words with its jobs and names. View models only; {@link EasyReadRota} decides which to show.
 */
public final class EasyReadWeek {

    private EasyReadWeek() {}

    /** One person's own page: each day they work, each of their shifts in words, their job and who works with them. */
    static Sheet sheet(WeekAsShown week, long memberId, String name, Locale locale) {
        Map<LocalDate, EasyDay> byDate = new LinkedHashMap<>();
        for (Assignment held : week.getRota().shiftsOf(memberId)) {
            Shift shift = held.getShift();
            EasyDay day = byDate.computeIfAbsent(
                    shift.getDate(), date -> new EasyDay(RotaPages.day().format(date)));
            EasyShift easy = new EasyShift(
                    SpokenTime.shift(shift, locale), week.titleOf(shift).orElse(null));
            easy.lines.add(new EasyLine(
                    name,
                    held.getRole(),
                    RotaPages.easyRoleWords(locale, held.getRole()),
                    week.isNewSincePublished(held)));
            List<String> others = new ArrayList<>();
            for (CafeRole role : shift.getRoles()) {
                week.getRota().assignedTo(shift, role).stream()
                        .filter(other -> other.getMemberId() != memberId)
                        .forEach(other -> others.add(week.nameOf(other.getMemberId())));
            }
            easy.with = others.isEmpty() ? null : Text.get(locale, "easyRead.person.with", String.join(", ", others));
            day.shifts.add(easy);
        }
        return new Sheet(
                memberId,
                Text.get(locale, "easyRead.person.heading", name),
                new ArrayList<>(byDate.values()),
                Text.get(locale, "easyRead.person.noShifts", name));
    }

    /** The week day by day: every shift in words, each place with who holds it (or open), and the days the café is closed. */
    static List<EasyDay> days(WeekAsShown week, Locale locale) {
        Map<LocalDate, EasyDay> byDate = new LinkedHashMap<>();
        for (LocalDate date : week.getWeek().getDates()) {
            byDate.put(date, new EasyDay(RotaPages.day().format(date)));
        }
        week.getClosedShifts().forEach(closed -> byDate.get(closed.getShift().getDate()).closed = closed.getReason());
        for (Shift shift : week.getRota().getShifts()) {
            EasyShift easy = new EasyShift(
                    SpokenTime.shift(shift, locale), week.titleOf(shift).orElse(null));
            for (CafeRole role : shift.getRoles()) {
                week.getRota()
                        .assignedTo(shift, role)
                        .forEach(held -> easy.lines.add(new EasyLine(
                                week.nameOf(held.getMemberId()),
                                role,
                                RotaPages.easyRoleWords(locale, role),
                                week.isNewSincePublished(held))));
                for (int open = 0; open < week.getRota().missing(shift, role); open++) {
                    easy.lines.add(new EasyLine(null, role, RotaPages.easyRoleWords(locale, role), false));
                }
            }
            byDate.get(shift.getDate()).shifts.add(easy);
        }
        return byDate.values().stream()
                .filter(day -> day.closed != null || !day.shifts.isEmpty())
                .toList();
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
