package community.hub.export;

import community.hub.rota.store.MemberHours;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.List;

import static community.hub.export.SpreadsheetText.inert;

/**
 * The café hours of one month as CSV (RFC 4180: commas, CRLF, quotes where needed), one line per member:
 * month, member, shifts and hours as a decimal number. A name a spreadsheet would run as a formula is written
 * with a leading apostrophe, so opening the file never runs anything.
 */
public final class CafeHoursCsv {

    /** The header line; the file's columns, in order. */
    public static final List<String> COLUMNS = List.of("Month", "Member", "Shifts", "Hours");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

    private CafeHoursCsv() {
    }

    public static void write(YearMonth month, List<MemberHours> hours, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (MemberHours member : hours) {
                csv.printRecord(month.toString(), inert(member.getName()), member.getShifts(), member.getHoursAsNumber().toPlainString());
            }
        }
    }

    public static String of(YearMonth month, List<MemberHours> hours) {
        StringWriter out = new StringWriter();
        try {
            write(month, hours, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** The file name a browser offers to save it as: {@code cafe-hours-2026-03.csv}. */
    public static String fileName(YearMonth month) {
        return "cafe-hours-" + month + ".csv";
    }
}
