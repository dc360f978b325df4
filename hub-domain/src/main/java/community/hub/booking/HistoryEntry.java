package community.hub.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One entry in a booking's history: who did what, and when. Never changed once written. */
@Entity
@Table(name = "booking_change")
public class HistoryEntry {

    /** What was done to the booking. */
    public enum Kind {
        REQUESTED,
        BOOKED,
        APPROVED,
        DECLINED,
        CANCELLED,
        DATE_CANCELLED,
        DATES_CANCELLED_FROM,
        DATE_MOVED,
        CHANGED,
        /** This date and the following ones changed: they went to a new booking that continues this one. */
        CONTINUED_AS,
        /** This booking carries another's series from one date on, changed. */
        CONTINUES,
        /**
         * A change of this booking was asked for (from one date on, of the whole booking, or of one date); the booking
         * stays as it is until the hub approves it.
         */
        CHANGE_REQUESTED,
        /** The change asked for was declined: the booking stays as it was. */
        CHANGE_DECLINED,
        /** A move of this booking, or of one of its dates, asked for and waiting, was approved and made. */
        CHANGE_APPROVED,
        /** This request asks the hub to move the booking it follows, or one of its dates. */
        ASKS_TO_CHANGE;

        /** How a new booking's history starts: a request waits for staff, anything else is booked at once. */
        static Kind madeAs(BookingStatus status) {
            return status == BookingStatus.PENDING ? REQUESTED : BOOKED;
        }
    }

    /** The longest detail kept. */
    static final int DETAIL_LENGTH = 300;

    @Id
    @SequenceGenerator(
            name = "booking_change_id",
            sequenceName = "booking_change_id_seq",
            allocationSize = IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_change_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booking_id", nullable = false)
    private Booking booking;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "changed_by", nullable = false, length = 40)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 30)
    private Kind kind;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    protected HistoryEntry() {
        // for JPA
    }

    HistoryEntry(Booking booking, Instant at, String by, Kind kind, String detail) {
        this.booking = booking;
        this.changedAt = at.toEpochMilli();
        this.changedBy = by;
        this.kind = kind;
        this.detail = detail;
    }

    /** The detail of a date's move: "2027-04-13 → 2027-04-14 16:00–17:00". */
    static String dateMove(LocalDate seriesDate, Slot slot) {
        return seriesDate + " \u2192 " + slot.date() + " " + slot.start() + "\u2013" + slot.end();
    }

    /** The detail of a whole booking's move, by where its first date goes: "→ 2027-04-06 14:00–15:00". */
    static String wholeMove(Slot first) {
        return "\u2192 " + first.date() + " " + first.start() + "\u2013" + first.end();
    }

    /** The detail as kept: cut short, with an ellipsis, where it is longer than the history keeps. */
    static String shortened(String detail) {
        return detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH - 1) + "\u2026";
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAt);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
