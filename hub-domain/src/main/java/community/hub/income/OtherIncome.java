package community.hub.income;

import community.hub.HubTime;
import community.hub.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** One sum the hub received in a month from a source other than room hire: more than nothing, to the penny. */
@Entity
@Table(name = "other_income")
@NamedQuery(
        name = "OtherIncome.between",
        query = "select i from OtherIncome i where i.month between :from and :to order by i.month, i.source, i.id")
public class OtherIncome {

    /** The most one entry may be: more is surely a typing slip. */
    public static final BigDecimal MOST = new BigDecimal("10000000.00");

    public static final int LONGEST_NOTE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The first day of the month. */
    @Column(name = "income_month", nullable = false)
    private LocalDate month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncomeSource source;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(length = LONGEST_NOTE)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private long recordedAt;

    protected OtherIncome() {
        // for JPA
    }

    public OtherIncome(YearMonth month, IncomeSource source, BigDecimal amount, String note, String by, Instant at) {
        if (month == null) {
            throw Refusal.invalid("month", "income.monthRequired");
        }
        if (!HubTime.sensible(month)) {
            throw Refusal.invalid("month", "month.outsideYears", HubTime.EARLIEST.getYear(), HubTime.LATEST.getYear());
        }
        if (source == null) {
            throw Refusal.invalid("source", "income.sourceRequired");
        }
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MOST) > 0) {
            throw Refusal.invalid("amount", "income.amountRange", MOST.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw Refusal.invalid("amount", "income.amountPennies");
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > LONGEST_NOTE) {
            throw Refusal.invalid("note", "income.noteTooLong", LONGEST_NOTE);
        }
        this.month = month.atDay(1);
        this.source = source;
        this.amount = amount.setScale(2);
        this.note = trimmed;
        this.recordedBy = by;
        this.recordedAt = at.getEpochSecond();
    }

    public Long getId() {
        return id;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public IncomeSource getSource() {
        return source;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
