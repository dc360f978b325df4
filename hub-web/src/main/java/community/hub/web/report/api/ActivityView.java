package community.hub.web.report.api;

import community.hub.report.ActivityFigures;
import community.hub.report.Tally;
import community.hub.web.api.EnumJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Sessions, hours and attendance by activity type, by kind of organisation ("hub": the hub's own) and by month. */
public record ActivityView(
        LocalDate from,
        LocalDate to,
        List<Row> byActivityType,
        List<Row> byOrganisationType,
        List<Row> byMonth,
        Row total) {

    /**
     * One group's figures. attendances adds up the sessions with attendance recorded (recordedSessions of them); a
     * session not recorded counts in sessions only.
     */
    public record Row(
            String type,
            String organisationType,
            String month,
            int sessions,
            BigDecimal hours,
            int recordedSessions,
            long attendances,
            long newPeople) {

        static Row of(String type, String organisationType, String month, Tally tally) {
            return new Row(
                    type,
                    organisationType,
                    month,
                    tally.sessions(),
                    tally.hours(),
                    tally.recordedSessions(),
                    tally.attendances(),
                    tally.newPeople());
        }
    }

    public static ActivityView of(ActivityFigures figures) {
        return new ActivityView(
                figures.period().from(),
                figures.period().to(),
                figures.byActivityType().entrySet().stream()
                        .map(row -> Row.of(EnumJson.name(row.getKey()), null, null, row.getValue()))
                        .toList(),
                figures.byOrganisationType().entrySet().stream()
                        .map(row ->
                                Row.of(null, row.getKey().map(EnumJson::name).orElse("hub"), null, row.getValue()))
                        .toList(),
                figures.byMonth().entrySet().stream()
                        .flatMap(month -> month.getValue().entrySet().stream()
                                .map(row -> Row.of(
                                        EnumJson.name(row.getKey()),
                                        null,
                                        month.getKey().toString(),
                                        row.getValue())))
                        .toList(),
                Row.of(null, null, null, figures.total()));
    }
}
