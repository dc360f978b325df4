package community.hub.web.report;

import community.hub.booking.ActivityType;
import community.hub.organisation.OrganisationType;
import community.hub.report.ActivityFigures;
import community.hub.report.ReportPeriod;
import community.hub.report.ReportService;
import community.hub.report.RoomWeek;
import community.hub.report.Tally;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The staff reports for a period (the current quarter unless asked): room utilisation as a heat map of rooms by ISO
 * week, hours and sessions by activity type and by kind of organisation, and attendance by activity type and month;
 * each drawn as a chart with the same figures in a table, and downloadable as CSV.
 */
@Named
@RequestScoped
public class ReportsPage extends PeriodPage {

    @Inject
    private ReportService reports;

    @Inject
    private Clock clock;

    private ReportPeriod period;
    private List<String> weeks;
    private List<HeatRow> heat;
    private ActivityFigures activity;

    /** One room's weeks, in the order of {@link #getWeeks()}. */
    public record HeatRow(String room, List<RoomWeek> weeks) {}

    /** One line of a table: what (already in words) and its tally. */
    public record Line(String label, Tally tally) {}

    public void load() {
        period = period(LocalDate.now(clock));
        List<RoomWeek> utilisation = reports.utilisation(period);
        weeks = utilisation.stream().map(RoomWeek::week).distinct().toList();
        Map<String, List<RoomWeek>> byRoom = new LinkedHashMap<>();
        utilisation.forEach(week ->
                byRoom.computeIfAbsent(week.room(), room -> new ArrayList<>()).add(week));
        heat = byRoom.entrySet().stream()
                .map(room -> new HeatRow(room.getKey(), room.getValue()))
                .toList();
        activity = reports.activity(period);
    }

    /** A heat map cell's hours, for its tooltip: "12.5 / 40.0 h". */
    public String hoursOf(RoomWeek cell) {
        return Text.get(
                locale(),
                "reports.utilisation.cellHours",
                Formats.number(locale(), cell.bookedHours()),
                Formats.number(locale(), cell.openHours()));
    }

    /** The colour band of a share booked, for the heat map: none, 1 (under a quarter) to 4 (three quarters or more). */
    public String band(BigDecimal percent) {
        if (percent == null) {
            return "heat-closed";
        }
        int share = percent.intValue();
        return share == 0 ? "heat-0" : share < 25 ? "heat-1" : share < 50 ? "heat-2" : share < 75 ? "heat-3" : "heat-4";
    }

    public List<Line> getByActivityType() {
        return activity.byActivityType().entrySet().stream()
                .map(row -> new Line(activityName(row.getKey()), row.getValue()))
                .toList();
    }

    public List<Line> getByOrganisationType() {
        return activity.byOrganisationType().entrySet().stream()
                .map(row -> new Line(organisationName(row.getKey()), row.getValue()))
                .toList();
    }

    /** Attendance by activity type (rows) and month (columns), only the activity types that happened. */
    public List<ActivityType> getActivityTypesHeld() {
        return activity.byActivityType().entrySet().stream()
                .filter(row -> row.getValue().sessions() > 0)
                .map(Map.Entry::getKey)
                .toList();
    }

    public List<YearMonth> getMonths() {
        return new ArrayList<>(activity.byMonth().keySet());
    }

    public Tally tally(YearMonth month, ActivityType type) {
        return activity.byMonth().get(month).getOrDefault(type, Tally.NONE);
    }

    public String monthName(YearMonth month) {
        return Formats.date(locale(), "date.shortMonth").format(month);
    }

    public String activityName(ActivityType type) {
        return Text.get(locale(), "activityType." + type.name());
    }

    private String organisationName(Optional<OrganisationType> type) {
        return type.map(kind -> Text.get(locale(), "organisationType." + kind.name()))
                .orElse(Text.get(locale(), "reports.hubOwn"));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getHoursChart() {
        return Charts.bars(
                getByActivityType().stream().map(Line::label).toList(),
                List.of(Charts.series(
                        Text.get(locale(), "reports.hours"),
                        getByActivityType().stream()
                                .map(line -> (Number) line.tally().hours())
                                .toList(),
                        0)),
                Text.get(locale(), "reports.hours"));
    }

    public String getOrganisationChart() {
        return Charts.bars(
                getByOrganisationType().stream().map(Line::label).toList(),
                List.of(Charts.series(
                        Text.get(locale(), "reports.hours"),
                        getByOrganisationType().stream()
                                .map(line -> (Number) line.tally().hours())
                                .toList(),
                        1)),
                Text.get(locale(), "reports.hours"));
    }

    public String getAttendanceChart() {
        List<Charts.Series> series = new ArrayList<>();
        int colour = 0;
        for (ActivityType type : getActivityTypesHeld()) {
            series.add(Charts.series(
                    activityName(type),
                    getMonths().stream()
                            .map(month -> (Number) tally(month, type).attendances())
                            .toList(),
                    colour++));
        }
        return Charts.bars(
                getMonths().stream().map(this::monthName).toList(), series, Text.get(locale(), "reports.attendances"));
    }

    public List<String> getWeeks() {
        return weeks;
    }

    public List<HeatRow> getHeat() {
        return heat;
    }

    public Tally getTotal() {
        return activity.total();
    }
}
