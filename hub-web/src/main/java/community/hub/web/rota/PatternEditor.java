package community.hub.web.rota;

import community.hub.Refusal;
import community.hub.rota.CafeRole;
import community.hub.rota.RegularShift;
import community.hub.rota.store.CafeSettingsService;
import community.hub.web.FieldMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The café's usual week: the shifts it runs each day, their times, and how many people each job needs. Staff add,
 * change and take away lines; a line that is wrong says why beside it, and nothing is saved until every line is right.
 * Weeks already on the rota keep their shifts; the new pattern makes the weeks after.
 */
@Named
@ViewScoped
public class PatternEditor implements Serializable {

    private static final LocalTime OPENS = LocalTime.of(8, 30);
    private static final LocalTime CLOSES = LocalTime.of(12, 30);

    @Inject
    private CafeSettingsService settingsService;

    private List<Line> lines;

    public void load() {
        if (lines == null) {
            lines = new ArrayList<>(
                    settingsService.pattern().stream().map(Line::of).toList());
        }
    }

    public void add() {
        Line line = new Line();
        line.day = DayOfWeek.MONDAY;
        line.start = OPENS;
        line.end = CLOSES;
        lines.add(line);
    }

    public void remove(Line line) {
        lines.remove(line);
    }

    public void save() {
        List<RegularShift> pattern = new ArrayList<>();
        boolean allRight = true;
        for (Line line : lines) {
            line.problem = null;
            try {
                pattern.add(line.toRegularShift());
            } catch (Refusal wrong) {
                line.problem = wrong.message(locale());
                allRight = false;
            }
        }
        if (!allRight) {
            FieldMessages.global("form.errorsSummary");
            return;
        }
        try {
            lines = new ArrayList<>(settingsService.replacePattern(pattern).stream()
                    .map(Line::of)
                    .toList());
            FieldMessages.info("pattern.saved");
        } catch (Refusal refusal) {
            FieldMessages.global("pattern.notSaved", refusal.message(locale()));
        }
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<CafeRole> getRoles() {
        return Arrays.asList(CafeRole.values());
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** One regular shift as the form shows it: every job listed, nought for none. */
    public static final class Line implements Serializable {
        private DayOfWeek day;
        private LocalTime start;
        private LocalTime end;
        private final Map<CafeRole, Integer> places = new EnumMap<>(CafeRole.class);
        private String problem;

        Line() {
            for (CafeRole role : CafeRole.values()) {
                places.put(role, 0);
            }
        }

        static Line of(RegularShift shift) {
            Line line = new Line();
            line.day = shift.getDay();
            line.start = shift.getStart();
            line.end = shift.getEnd();
            line.places.putAll(shift.getPlaces());
            return line;
        }

        RegularShift toRegularShift() {
            if (day == null || start == null || end == null) {
                throw Refusal.invalid("regularShifts", "rota.shift.timesNeeded");
            }
            Map<CafeRole, Integer> counted = new EnumMap<>(CafeRole.class);
            places.forEach((role, count) -> counted.put(role, count == null ? 0 : count));
            return new RegularShift(day, start, end, counted);
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }

        public Map<CafeRole, Integer> getPlaces() {
            return places;
        }

        public String getProblem() {
            return problem;
        }
    }
}
