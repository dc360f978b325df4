package community.hub.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a booking that follows another one asks of it: to carry its series from one of its dates on, or (a request
 * waiting for the hub) to move the whole booking or one of its dates. A value, kept with the booking that asks.
 */
@Embeddable
public class ChangeRequest {

    @Enumerated(EnumType.STRING)
    @Column(name = "change_of", length = 13)
    private ChangeOf kind;

    /**
     * The date of the booking it continues from which this one holds the changed series: the first date that booking
     * gives up when this one is confirmed. None for continuations made before the hub kept it (their split was made at
     * once).
     */
    @Column(name = "continues_from")
    private LocalDate continuesFrom;

    /** For a request to move one date of the booking it follows: that date, as the series names it. */
    @Column(name = "moves_date")
    private LocalDate movesDate;

    /** What a booking that follows none asks: nothing. */
    static final ChangeRequest NONE = new ChangeRequest(null, null, null);

    protected ChangeRequest() {
        // for JPA
    }

    private ChangeRequest(ChangeOf kind, LocalDate continuesFrom, LocalDate movesDate) {
        this.kind = kind;
        this.continuesFrom = continuesFrom;
        this.movesDate = movesDate;
    }

    /** Carries the series from the given date on. */
    static ChangeRequest datesFrom(LocalDate seriesDate) {
        return new ChangeRequest(ChangeOf.DATES_FROM, seriesDate, null);
    }

    /** Moves the whole booking. */
    static ChangeRequest wholeBooking() {
        return new ChangeRequest(ChangeOf.WHOLE_BOOKING, null, null);
    }

    /** Moves one date of the booking. */
    static ChangeRequest oneDate(LocalDate seriesDate) {
        return new ChangeRequest(ChangeOf.ONE_DATE, null, seriesDate);
    }

    /** Whether approving it takes the given date of the booking it follows away (moves or re-times it). */
    boolean wouldReplace(Occurrence theirs) {
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case WHOLE_BOOKING -> true;
            case ONE_DATE -> theirs.getSeriesDate().equals(movesDate);
            case DATES_FROM -> continuesFrom != null && !theirs.getSeriesDate().isBefore(continuesFrom);
        };
    }

    /** Whether it carries the series on (rather than asking to move the booking): continuations from before count too. */
    boolean continuesSeries() {
        return kind == null || kind == ChangeOf.DATES_FROM;
    }

    /** Whether it is a move of the booking or of one of its dates, made to that booking once approved. */
    boolean isMove() {
        return kind == ChangeOf.WHOLE_BOOKING || kind == ChangeOf.ONE_DATE;
    }

    /** Whether it can still take over while it waits: a continuation needs the date it continues from. */
    boolean canTakeOver() {
        return kind != null && (kind != ChangeOf.DATES_FROM || continuesFrom != null);
    }

    /** The date it concerns, for the history: the date moved, or the first date changed. */
    Optional<LocalDate> date() {
        return Optional.ofNullable(
                kind == ChangeOf.ONE_DATE ? movesDate : kind == ChangeOf.DATES_FROM ? continuesFrom : null);
    }

    /** What it asks; null for continuations made before the hub kept it. */
    public ChangeOf getKind() {
        return kind;
    }

    public Optional<ChangeOf> kind() {
        return Optional.ofNullable(kind);
    }

    public Optional<LocalDate> continuesFrom() {
        return Optional.ofNullable(continuesFrom);
    }

    public Optional<LocalDate> movesDate() {
        return Optional.ofNullable(movesDate);
    }
}
