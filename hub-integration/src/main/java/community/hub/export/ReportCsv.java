package community.hub.export;

import static community.hub.export.SpreadsheetText.inert;

import community.hub.booking.ActivityType;
import community.hub.organisation.OrganisationType;
import community.hub.report.ActivityFigures;
import community.hub.report.RoomWeek;
import community.hub.report.Tally;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;

/**
 * The staff reports as CSV that opens cleanly in Excel: a UTF-8 byte order mark, RFC 4180 (commas, CRLF, quotes where
 * needed), numbers as plain decimals, text a spreadsheet would run as a formula written with a leading apostrophe.
 */
public final class ReportCsv {

    public static final List<String> UTILISATION_COLUMNS =
            List.of("Room", "Week", "Open hours", "Booked hours", "Percent booked");
    public static final List<String> ACTIVITY_COLUMNS = List.of(
            "Grouping",
            "Activity type",
            "Organisation type",
            "Month",
            "Sessions",
            "Hours",
            "Sessions recorded",
            "Attendances",
            "New people");

    private ReportCsv() {}

    public static String utilisation(List<RoomWeek> weeks) {
        return SpreadsheetCsv.of(UTILISATION_COLUMNS, csv -> {
            for (RoomWeek week : weeks) {
                csv.printRecord(
                        inert(week.room()),
                        week.week(),
                        week.openHours().toPlainString(),
                        week.bookedHours().toPlainString(),
                        plain(week.percent()));
            }
        });
    }

    public static String activity(ActivityFigures figures) {
        return SpreadsheetCsv.of(ACTIVITY_COLUMNS, csv -> {
            for (Map.Entry<ActivityType, Tally> row : figures.byActivityType().entrySet()) {
                print(csv, "Activity type", label(row.getKey()), "", "", row.getValue());
            }
            for (Map.Entry<Optional<OrganisationType>, Tally> row :
                    figures.byOrganisationType().entrySet()) {
                print(
                        csv,
                        "Organisation type",
                        "",
                        row.getKey().map(ReportCsv::label).orElse("hub"),
                        "",
                        row.getValue());
            }
            for (Map.Entry<YearMonth, Map<ActivityType, Tally>> month :
                    figures.byMonth().entrySet()) {
                for (Map.Entry<ActivityType, Tally> row : month.getValue().entrySet()) {
                    print(csv, "Month", label(row.getKey()), "", month.getKey().toString(), row.getValue());
                }
            }
            print(csv, "Total", "", "", "", figures.total());
        });
    }

    /** The name the API uses for a type: snake case, like youth_work. */
    public static String label(Enum<?> type) {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void print(
            CSVPrinter csv, String grouping, String activity, String organisation, String month, Tally tally)
            throws IOException {
        csv.printRecord(
                grouping,
                activity,
                organisation,
                month,
                tally.sessions(),
                tally.hours().toPlainString(),
                tally.recordedSessions(),
                tally.attendances(),
                tally.newPeople());
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }
}
