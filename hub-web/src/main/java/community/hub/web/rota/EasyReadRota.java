package community.hub.web.rota;

import community.hub.Refusal;
import community.hub.rota.CafeRole;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import community.hub.rota.SpokenTime;
import community.hub.rota.store.CafeRotaService;
import community.hub.rota.store.WeekOnRota;
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
 */
@Named
@RequestScoped
public class EasyReadRota {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    @Inject
    private CafeRotaService rota;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    private String week;
    private RotaWeek rotaWeek;
    private WeekOnRota shown;
    private List<EasyDay> days = List.of();

    public void load() {
        try {
            rotaWeek = week == null || week.isBlank() ? RotaWeek.containing(LocalDate.now(clock)) : RotaWeek.parse(week);
        } catch (Refusal unreadable) {
            rotaWeek = RotaWeek.containing(LocalDate.now(clock));
        }
        week = rotaWeek.toString();
        try {
            shown = rota.week(rotaWeek, caller.account().orElseThrow());
            days = daysOf(shown, locale());
        } catch (Refusal notPublished) {
            shown = null;
            FieldMessages.show(notPublished);
        }
    }

    private static List<EasyDay> daysOf(WeekOnRota week, Locale locale) {
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

    public String getHeading() {
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

    /** A shift in words, and who works it. */
    public static final class EasyShift {
        private final String when;
        private final String title;
        private final List<EasyLine> lines = new ArrayList<>();

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
