package community.hub.income;

/** Where money beyond room hire comes from. */
public enum IncomeSource {
    GRANT("grant"),
    /** A contract from a commissioner (the council, the NHS). */
    CONTRACT("contract from a commissioner"),
    CAFE("caf\u00e9"),
    DONATIONS("donations"),
    OTHER("other income");

    private final String words;

    IncomeSource(String words) {
        this.words = words;
    }

    /** The source in plain English, for a reader without the pages' words (the change log). */
    public String inWords() {
        return words;
    }
}
