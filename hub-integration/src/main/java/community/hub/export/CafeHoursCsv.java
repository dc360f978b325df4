package community.hub.export;

import static community.hub.export.SpreadsheetText.inert;

import community.hub.rota.store.MemberHours;
import java.time.YearMonth;
import java.util.List;

/**
 * The café hours of one month as CSV ({@link SpreadsheetCsv}), one line per member: month, member, shifts and hours
 * as a decimal number. A name a spreadsheet would run as a formula is written with a leading apostrophe, so opening
 * the file never runs anything.
 */
public final class CafeHoursCsv {

    /** The header line; the file's columns, in order. */
    public static final List<String> COLUMNS = List.of("Month", "Member", "Shifts", "Hours");

    private CafeHoursCsv() {}

    public static String of(YearMonth month, List<MemberHours> hours) {
        return SpreadsheetCsv.of(COLUMNS, csv -> {
            for (MemberHours member : hours) {
                csv.printRecord(
                        SpreadsheetCsv.month(month),
                        inert(member.getName()),
                        member.getShifts(),
                        member.getHoursAsNumber().toPlainString());
            }
        });
    }

    /** The file name a browser offers to save it as: {@code cafe-hours-2026-03.csv}. */
    public static String fileName(YearMonth month) {
        return "cafe-hours-" + month + ".csv";
    }
}
