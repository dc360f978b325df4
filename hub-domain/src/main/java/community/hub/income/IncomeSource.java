package community.hub.income;

/** Where money beyond room hire comes from. */
public enum IncomeSource {
    GRANT,
    /** A contract from a commissioner (the council, the NHS). */
    CONTRACT,
    CAFE,
    DONATIONS,
    OTHER
}
