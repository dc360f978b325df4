package community.hub.export;

import community.hub.charge.ChargeLine;
import community.hub.charge.Statement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import static community.hub.export.SpreadsheetText.inert;

/**
 * An organisation's monthly statement as CSV that opens cleanly in Excel: a byte-order mark so it reads the file as
 * UTF-8 (pound signs and accents intact), RFC 4180 quoting and CRLF, ISO dates, plain decimal numbers, one line per
 * charged date and a total line. Text a spreadsheet would run as a formula gets a leading apostrophe.
 */
public final class StatementCsv {

    public static final List<String> COLUMNS = List.of("Organisation", "Month", "Date", "Start", "End", "Room", "Booking",
            "Title", "Hours", "Included hours", "Rate (GBP/hour)", "Amount (GBP)", "Standard amount (GBP)", "Called off late");

    /** Tells Excel the file is UTF-8. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

    private StatementCsv() {
    }

    public static String of(Statement statement) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (ChargeLine line : statement.lines()) {
                csv.printRecord(inert(statement.organisation()), statement.month(), line.use().date(), line.use().start(),
                        line.use().end(), inert(line.use().room()), line.use().bookingId(), inert(line.use().title()),
                        line.hours().toPlainString(), line.includedHours().toPlainString(), line.rate().toPlainString(),
                        line.amount().toPlainString(), line.standardAmount().toPlainString(), line.use().cancelledLate() ? "yes" : "no");
            }
            csv.printRecord(inert(statement.organisation()), statement.month(), "", "", "", "", "", "Total",
                    statement.usedHours().toPlainString(), "", "", statement.total().toPlainString(),
                    statement.standardTotal().toPlainString(), "");
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** The file name a browser offers to save it as: {@code statement-fleetwood-art-club-2027-03.csv}. */
    public static String fileName(Statement statement) {
        String name = statement.organisation().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "statement-" + name + "-" + statement.month() + ".csv";
    }
}
