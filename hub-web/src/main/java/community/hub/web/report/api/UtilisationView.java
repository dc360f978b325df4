package community.hub.web.report.api;

import community.hub.report.ReportPeriod;
import community.hub.report.RoomWeek;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Per room and ISO week: open hours (closures taken out), booked hours and the percentage booked (null: never open). */
public record UtilisationView(LocalDate from, LocalDate to, List<Row> rows) {

    public record Row(
            long roomId, String room, String week, BigDecimal openHours, BigDecimal bookedHours, BigDecimal percent) {}

    public static UtilisationView of(ReportPeriod period, List<RoomWeek> weeks) {
        return new UtilisationView(
                period.from(),
                period.to(),
                weeks.stream()
                        .map(week -> new Row(
                                week.roomId(),
                                week.room(),
                                week.week(),
                                week.openHours(),
                                week.bookedHours(),
                                week.percent()))
                        .toList());
    }
}
