package community.hub.export;

import static community.hub.export.SpreadsheetText.inert;

import community.hub.charge.ChargeLine;
import community.hub.charge.Statement;
import java.util.List;

/**
 * An organisation's monthly statement as CSV ({@link SpreadsheetCsv}): ISO dates, plain decimal numbers, one line per
 * charged date; the totals are on the statement itself, not a line of the file. Text a spreadsheet would run as a
 * formula gets a leading apostrophe.
 */
public final class StatementCsv {

    public static final List<String> COLUMNS = List.of(
            "Organisation",
            "Month",
            "Date",
            "Start",
            "End",
            "Room",
            "Booking",
            "Title",
            "Hours",
            "Included hours",
            "Rate (GBP/hour)",
            "Amount (GBP)",
            "Standard amount (GBP)",
            "Called off late");

    private StatementCsv() {}

    public static String of(Statement statement) {
        return SpreadsheetCsv.of(COLUMNS, csv -> {
            for (ChargeLine line : statement.lines()) {
                csv.printRecord(
                        inert(statement.organisation()),
                        SpreadsheetCsv.month(statement.month()),
                        line.use().date(),
                        line.use().start(),
                        line.use().end(),
                        inert(line.use().room()),
                        line.use().bookingId(),
                        inert(line.use().title()),
                        line.hours().toPlainString(),
                        line.includedHours().toPlainString(),
                        line.rate().toPlainString(),
                        line.amount().toPlainString(),
                        line.standardAmount().toPlainString(),
                        line.use().cancelledLate() ? "yes" : "no");
            }
        });
    }

    /** The file name a browser offers to save it as: {@code statement-fleetwood-art-club-2027-03.csv}, accents kept. */
    public static String fileName(Statement statement) {
        return SpreadsheetCsv.fileName(
                "statement", statement.organisation(), statement.month().toString());
    }
}
