package community.hub.export;

/** Text for a cell that a spreadsheet shows as text and never runs as a formula. */
final class SpreadsheetText {

    private SpreadsheetText() {}

    /** The text with a leading apostrophe when it starts like a formula (=, +, -, @, tab, return). */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
