package community.hub.booking;

import community.hub.room.Room;
import community.hub.room.RoomDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One dated instance of a booking. It holds its room from its start until its end plus the room's turnaround,
 * while its booking holds rooms and it is not cancelled. Instants are stored as epoch seconds: unambiguous in
 * every database and every server time zone.
 */
@Entity
@Table(name = "occurrence")
// What holds a room around a period. Native, so Derby can be told which index to read (the comment is its syntax, and
// a comment to any other database): left to itself, its optimiser reads every room's rows in the period instead.
@NamedNativeQuery(name = "Occurrence.holding", resultClass = Occurrence.class, query = """
        select * from occurrence --DERBY-PROPERTIES index=occurrence_room_hold_idx
        where room_id = ?1 and holds_room = true and starts_at > ?2 and starts_at < ?3 and blocked_until > ?4
        order by starts_at""")
@NamedNativeQuery(name = "Occurrence.heldTimes", query = """
        select o.starts_at, o.blocked_until, b.title, b.visibility, b.status
        from occurrence o --DERBY-PROPERTIES index=occurrence_room_hold_idx
        join booking b on b.id = o.booking_id
        where o.room_id = ?1 and o.holds_room = true and o.starts_at > ?2 and o.starts_at < ?3 and o.blocked_until > ?4
        order by o.starts_at""")
public class Occurrence {

    /**
     * The longest an occurrence can hold its room: it starts and ends on one day (25 hours when the clocks go back),
     * then the longest turnaround. Queries for what holds a room in a period look back no further than this before
     * the period, so they read a day's worth of the room's index instead of its whole history.
     */
    public static final Duration LONGEST_HOLD =
            Duration.ofHours(25).plusMinutes(RoomDetails.LONGEST_TURNAROUND_MINUTES);

    @Id
    @SequenceGenerator(name = "occurrence_id", sequenceName = "occurrence_id_seq", allocationSize = IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "occurrence_id")
    private Long id;

    /** Lazy: checking a room for clashes reads its neighbours' times, and needs their bookings only for a clash. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "booking_id", nullable = false)
    private Booking booking;

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    /** The date the series gave this occurrence; it names the occurrence even after it moves. */
    @Column(name = "series_date", nullable = false)
    private LocalDate seriesDate;

    @Column(name = "occurs_on", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Column(name = "starts_at", nullable = false)
    private long startsAt;

    @Column(name = "ends_at", nullable = false)
    private long endsAt;

    /** The end plus the room's turnaround: the room is not free again before this. */
    @Column(name = "blocked_until", nullable = false)
    private long blockedUntil;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "cancelled_at")
    private Long cancelledAt;

    /** Called off by its organisation too late to be let again: still charged. */
    @Column(name = "charged_late", nullable = false)
    private boolean chargedLate;

    /** Kept equal to "the booking holds rooms and this is not cancelled", so clash checks need one indexed column. */
    @Column(name = "holds_room", nullable = false)
    private boolean holdsRoom;

    protected Occurrence() {
        // for JPA
    }

    Occurrence(Booking booking, Room room, Slot slot) {
        this(booking, slot.date(), room, slot);
    }

    /** The series' date {@code seriesDate}, held on the given slot (moved, when that is another date or time). */
    Occurrence(Booking booking, LocalDate seriesDate, Room room, Slot slot) {
        this.booking = booking;
        this.seriesDate = seriesDate;
        place(room, slot);
    }

    final void place(Room newRoom, Slot slot) {
        this.room = newRoom;
        this.date = slot.date();
        this.start = slot.start();
        this.end = slot.end();
        this.startsAt = slot.startsAt().getEpochSecond();
        this.endsAt = slot.endsAt().getEpochSecond();
        this.blockedUntil =
                slot.endsAt().plusSeconds(60L * newRoom.getTurnaroundMinutes()).getEpochSecond();
        if (blockedUntil - startsAt > LONGEST_HOLD.toSeconds()) {
            throw new IllegalStateException(
                    "An occurrence may hold its room for at most " + LONGEST_HOLD + ": " + slot);
        }
        refreshHold();
    }

    void cancel(Instant at, boolean late) {
        cancelled = true;
        cancelledAt = at.getEpochSecond();
        chargedLate = late;
        refreshHold();
    }

    /** The booking was changed and holds this date again, at the given slot and room, whatever became of it before. */
    void replace(Room newRoom, Slot slot) {
        cancelled = false;
        cancelledAt = null;
        chargedLate = false;
        place(newRoom, slot);
    }

    void chargeAsLate() {
        chargedLate = true;
    }

    void refreshHold() {
        holdsRoom = !cancelled && booking.getStatus().holdsRoom();
    }

    /** Moved from where the series put it: another date, time or room. */
    public boolean isMoved() {
        return !date.equals(seriesDate)
                || !start.equals(booking.getSeries().getStartTime())
                || !end.equals(booking.getSeries().getEndTime())
                || !room.getId().equals(booking.getRoom().getId());
    }

    /** Whether it is held in the given room. */
    boolean isIn(Room other) {
        return room == other || room.getId() != null && room.getId().equals(other.getId());
    }

    /** What this occurrence is as people see it: the booking's status unless it alone was cancelled. */
    public BookingStatus getStatus() {
        return cancelled ? BookingStatus.CANCELLED : booking.getStatus();
    }

    public Slot slot() {
        return new Slot(date, start, end);
    }

    public Long getId() {
        return id;
    }

    public Booking getBooking() {
        return booking;
    }

    public Room getRoom() {
        return room;
    }

    public LocalDate getSeriesDate() {
        return seriesDate;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public Instant startsAt() {
        return Instant.ofEpochSecond(startsAt);
    }

    public Instant endsAt() {
        return Instant.ofEpochSecond(endsAt);
    }

    public Instant blockedUntil() {
        return Instant.ofEpochSecond(blockedUntil);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Called off by its organisation after the cut-off, so still charged. */
    public boolean isChargedLate() {
        return chargedLate;
    }

    /** How long it lasts, in minutes of real time (a date when the clocks change counts the hour that was or wasn't). */
    public long minutes() {
        return (endsAt - startsAt) / 60;
    }

    public boolean holdsRoom() {
        return holdsRoom;
    }

    /** The earliest start (parameter 2) of the queries for what holds a room from {@code from} on. */
    static long earliestStartHolding(Instant from) {
        return from.minus(LONGEST_HOLD).getEpochSecond();
    }
}
