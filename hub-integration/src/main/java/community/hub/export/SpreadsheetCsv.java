package community.hub.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file that opens cleanly in Excel as in any other reader: a UTF-8 byte-order mark (so Excel reads pound signs
 * and accents as they are), a header line, RFC 4180 quoting and CRLF line ends. Data lines only: a total would be
 * one more row for a SUM or a pivot to count twice.
 */
public final class SpreadsheetCsv {

    /** Tells Excel the file is UTF-8. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private SpreadsheetCsv() {}

    /** Writes the lines of a file. */
    @FunctionalInterface
    public interface Lines {
        void write(CSVPrinter csv) throws IOException;
    }

    /** The file: byte-order mark, the columns' header line, then the lines. */
    public static String of(List<String> columns, Lines lines) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(columns.toArray(String[]::new))
                        .get())) {
            lines.write(csv);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /**
     * A month as a cell Excel keeps as the text {@code 2027-03}: written plainly, Excel turns it into the date
     * 1 March 2027 and shows {@code Mar-27}. A formula that is only a text constant, {@code ="2027-03"}, runs nothing.
     */
    public static String month(YearMonth month) {
        return "=\"" + month + "\"";
    }

    /**
     * A file name from words, lower case with hyphens, accents kept ({@code statement-café-niños-2027-03.csv}); HTTP
     * sends it as RFC 6266's {@code filename*}.
     */
    public static String fileName(String... words) {
        return String.join(
                        "-",
                        List.of(words).stream()
                                .map(word -> word.toLowerCase(Locale.ROOT)
                                        .replaceAll("[^\\p{L}\\p{N}]+", "-")
                                        .replaceAll("(^-|-$)", ""))
                                .filter(word -> !word.isEmpty())
                                .toList())
                + ".csv";
    }
}
