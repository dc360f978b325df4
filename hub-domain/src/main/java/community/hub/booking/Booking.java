package community.hub.booking;

import community.hub.Refusal;
import community.hub.organisation.Organisation;
import community.hub.room.Room;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A room held for an activity, once or as a series. The booking owns its occurrences and its history;
 * every change goes through a method named for what people do (approve, decline, cancel a date...),
 * raises the sequence calendar apps use to notice changes, and is recorded.
 */
@Entity
@Table(name = "booking")
@EntityListeners(BookingChangeSignal.class)
public class Booking {

    @Id
    @SequenceGenerator(name = "booking_id", sequenceName = "booking_id_seq", allocationSize = IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    /** The organisation the room is held for; none when the hub books for itself. */
    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = 120)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false, length = 20)
    private ActivityType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility;

    @Column(length = 1000)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "booking_audience", joinColumns = @JoinColumn(name = "booking_id"))
    @Column(name = "tag", nullable = false, length = 40)
    private Set<String> audience = new LinkedHashSet<>();

    @Column(name = "expected_attendance", nullable = false)
    private int expectedAttendance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BookingStatus status;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @jakarta.persistence.Embedded
    @AttributeOverride(name = "frequency", column = @Column(name = "repeat_frequency", length = 10))
    @AttributeOverride(name = "interval", column = @Column(name = "repeat_interval"))
    @AttributeOverride(name = "bySetPos", column = @Column(name = "repeat_set_position"))
    @AttributeOverride(name = "until", column = @Column(name = "repeat_until"))
    @AttributeOverride(name = "count", column = @Column(name = "repeat_count"))
    private StoredRecurrence recurrence;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    /** When the whole booking was called off (epoch seconds): its dates before then took place. */
    @Column(name = "cancelled_at")
    private Long cancelledAt;

    /** Raised on every change, so calendar apps replace what they hold (iCalendar SEQUENCE). */
    @Column(name = "revision", nullable = false)
    private int sequence;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "updated_at", nullable = false)
    private long updatedAt;

    @OneToMany(mappedBy = "booking", cascade = CascadeType.ALL, fetch = FetchType.EAGER, orphanRemoval = true)
    @OrderBy("seriesDate")
    private List<Occurrence> occurrences = new ArrayList<>();

    @OneToMany(mappedBy = "booking", cascade = CascadeType.ALL)
    @OrderBy("changedAt")
    private List<BookingChange> history = new ArrayList<>();

    /** The booking this one continues: the series it took over from one date on, when that series changed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follows_booking_id")
    private Booking follows;

    /**
     * The date of the booking it continues from which this one holds the changed series: the first date that booking
     * gives up when this one is confirmed. None for bookings that continue nothing, and for continuations made before
     * the hub kept it (their split was made at once).
     */
    @Column(name = "continues_from")
    private LocalDate continuesFrom;

    /**
     * What this booking does to the one it follows: carries its series from a date on, or (a request waiting for the hub)
     * moves the whole booking or one of its dates. None for a booking that follows none.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "change_of", length = 13)
    private ChangeOf changeOf;

    /** For a request to move one date of the booking it follows: that date, as the series names it. */
    @Column(name = "moves_date")
    private LocalDate movesDate;

    /**
     * The bookings that follow this one: those that took over its series' later dates when they changed (see
     * {@link #continueFrom}), and changes of it asked for (see {@link #requestMove}, {@link #requestDateMove}).
     */
    @OneToMany(mappedBy = "follows")
    @OrderBy("firstDate")
    private List<Booking> continuations = new ArrayList<>();

    @Version
    private long version;

    protected Booking() {
        // for JPA
    }

    /** A new booking holding the room on each of the given slots; the first slot sets the series' times. */
    public Booking(BookingRequest request, Room room, Organisation organisation, List<Slot> slots,
                   BookingStatus status, String by, Instant now) {
        this(request, room, organisation, slots, status, by, now,
                status == BookingStatus.PENDING ? BookingChange.Kind.REQUESTED : BookingChange.Kind.BOOKED, null);
    }

    private Booking(BookingRequest request, Room room, Organisation organisation, List<Slot> slots,
                    BookingStatus status, String by, Instant now, BookingChange.Kind first, String detail) {
        this.room = room;
        this.organisation = organisation;
        describe(request);
        this.status = status;
        this.createdBy = by;
        this.firstDate = request.getStart().toLocalDate();
        this.startTime = request.getStart().toLocalTime();
        this.endTime = request.getEnd().toLocalTime();
        this.recurrence = request.getRecurrence() == null ? null : StoredRecurrence.of(request.getRecurrence());
        this.createdAt = now.toEpochMilli();
        this.updatedAt = createdAt;
        slots.forEach(slot -> occurrences.add(new Occurrence(this, room, slot)));
        record(now, by, first, detail);
    }

    private void describe(BookingRequest request) {
        this.title = request.getTitle().trim();
        this.type = request.getType();
        this.visibility = request.getVisibility();
        this.description = request.getDescription() == null || request.getDescription().isBlank() ? null : request.getDescription().trim();
        this.audience = new LinkedHashSet<>(request.getAudience().stream().map(String::trim).toList());
        this.expectedAttendance = request.getExpectedAttendance();
    }

    /**
     * Staff accept a request: it keeps the slot it already held. A request to change a series from one of its dates
     * on takes those dates over now: the series it continues ends before them and gives up its later dates. A request to
     * move a booking, or one of its dates, is made to that booking itself, which from now on holds the slots the request
     * held: the request has then done its work, and whoever keeps bookings removes it.
     *
     * @return the booking as it now stands: this one, or the booking this request moved
     */
    public Booking approve(String by, Instant now) {
        requireStatus(BookingStatus.PENDING, "booking.notPending");
        Optional<Booking> original = waitingToTakeOver();
        if (original.isPresent() && changeOf != ChangeOf.DATES_FROM) {
            original.get().takeMove(this, by, now);
            return original.get();
        }
        changeStatus(BookingStatus.CONFIRMED);
        changed(now, by, BookingChange.Kind.APPROVED, null);
        original.ifPresent(series -> series.endBefore(continuesFrom, by, now));
        return this;
    }

    /**
     * Makes the move the given request asked for, now approved: the whole booking takes over the request's times, room,
     * pattern and details, or the one date moves to where the request holds it. Refused when the booking has moved on
     * since: a date the move concerns has begun, or was called off.
     */
    private void takeMove(Booking request, String by, Instant now) {
        List<Occurrence> asked = request.occurrences.stream().filter(occurrence -> !occurrence.isCancelled()).toList();
        String detail;
        if (request.changeOf == ChangeOf.WHOLE_BOOKING) {
            if (hasBegun(now) || asked.isEmpty()) {
                throw Refusal.conflict("status", "booking.moveOvertaken", id);
            }
            room = request.room;
            firstDate = request.firstDate;
            startTime = request.startTime;
            endTime = request.endTime;
            recurrence = request.recurrence == null ? null : StoredRecurrence.of(request.getRecurrence());
            describe(request.asRequest());
            replaceDatesToCome(asked.stream().map(occurrence -> new Placing(occurrence.getSeriesDate(), occurrence.getRoom(),
                    occurrence.slot())).toList(), now);
            detail = wholeMoveDetail(request.slotOn(request.firstDate));
        } else {
            Occurrence moving = occurrenceOn(request.movesDate)
                    .filter(occurrence -> !occurrence.isCancelled() && occurrence.startsAt().isAfter(now))
                    .orElseThrow(() -> Refusal.conflict("status", "booking.moveOvertaken", id));
            Occurrence to = asked.stream().findFirst().orElseThrow(() -> Refusal.conflict("status", "booking.moveOvertaken", id));
            moving.place(to.getRoom(), to.slot());
            detail = dateMoveDetail(request.movesDate, to.slot());
        }
        continuations.remove(request);
        changed(now, by, BookingChange.Kind.CHANGE_APPROVED, detail);
    }

    /**
     * Staff turn a request down, saying why; its slots are free again. A request to change a series from one of its
     * dates on leaves that series as it was: it kept its later dates, and their slots, while the change waited.
     */
    public void decline(String reason, String by, Instant now) {
        requireStatus(BookingStatus.PENDING, "booking.notPending");
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", "booking.declineNeedsReason");
        }
        decisionReason = reason.trim();
        Optional<Booking> original = waitingToTakeOver();
        changeStatus(BookingStatus.DECLINED);
        changed(now, by, BookingChange.Kind.DECLINED, decisionReason);
        Optional<LocalDate> date = changeOf == ChangeOf.ONE_DATE ? Optional.ofNullable(movesDate)
                : changeOf == ChangeOf.DATES_FROM ? Optional.ofNullable(continuesFrom) : Optional.empty();
        original.ifPresent(booking -> booking.changed(now, by, BookingChange.Kind.CHANGE_DECLINED,
                shortened(date.map(changed -> changed + ": ").orElse("") + decisionReason)));
    }

    /**
     * The booking this request would change, while the request waits and that booking still holds its room: the series
     * it would take over from one of its dates, or the booking (or date) it would move.
     */
    private Optional<Booking> waitingToTakeOver() {
        if (follows == null || changeOf == null || status != BookingStatus.PENDING || !follows.status.holdsRoom()
                || changeOf == ChangeOf.DATES_FROM && continuesFrom == null) {
            return Optional.empty();
        }
        return Optional.of(follows);
    }

    /** A request to change this series from one of its dates on that still waits for a decision, if there is one. */
    public Optional<Booking> changeWaiting() {
        return continuations.stream().filter(continuation -> continuation.waitingToTakeOver().isPresent()).findFirst();
    }

    private static String shortened(String detail) {
        return detail.length() <= BookingChange.DETAIL_LENGTH ? detail : detail.substring(0, BookingChange.DETAIL_LENGTH - 1) + "\u2026";
    }

    /**
     * The whole booking is called off; it stays for history and feeds, and frees every slot. Dates already past
     * took place; dates about to happen may still be charged (see {@link Cancellation}).
     */
    public void cancel(Cancellation cancellation) {
        if (!status.holdsRoom()) {
            throw Refusal.conflict("status", "booking.alreadyEnded");
        }
        Optional<Booking> waiting = changeWaiting();
        occurrences.stream().filter(occurrence -> !occurrence.isCancelled() && cancellation.charges(occurrence, status))
                .forEach(Occurrence::chargeAsLate);
        cancelledAt = cancellation.at().getEpochSecond();
        changeStatus(BookingStatus.CANCELLED);
        changed(cancellation.at(), cancellation.by(), BookingChange.Kind.CANCELLED, null);
        // A change of a booking called off has nothing left to change: it is called off with it.
        waiting.ifPresent(change -> change.cancel(cancellation));
    }

    /** One date of a series is called off. */
    public void cancelOccurrence(LocalDate seriesDate, Cancellation cancellation) {
        Occurrence occurrence = occurrenceOn(seriesDate)
                .orElseThrow(() -> Refusal.notFound("booking.noSuchDate", seriesDate));
        if (occurrence.isCancelled()) {
            throw Refusal.conflict("date", "booking.dateAlreadyCancelled", seriesDate);
        }
        occurrence.cancel(cancellation.at(), cancellation.charges(occurrence, status));
        changed(cancellation.at(), cancellation.by(), BookingChange.Kind.DATE_CANCELLED, seriesDate.toString());
    }

    /** This date and every later one are called off; earlier ones stand. */
    public void cancelFrom(LocalDate seriesDate, Cancellation cancellation) {
        List<Occurrence> later = occurrences.stream()
                .filter(occurrence -> !occurrence.getSeriesDate().isBefore(seriesDate) && !occurrence.isCancelled()).toList();
        if (later.isEmpty()) {
            throw Refusal.notFound("booking.noSuchDate", seriesDate);
        }
        later.forEach(occurrence -> occurrence.cancel(cancellation.at(), cancellation.charges(occurrence, status)));
        changed(cancellation.at(), cancellation.by(), BookingChange.Kind.DATES_CANCELLED_FROM, seriesDate.toString());
    }

    /** One date of a series moves to another slot or room; calendars show it as an exception to the series. */
    public void moveOccurrence(LocalDate seriesDate, Room newRoom, Slot slot, String by, Instant now) {
        Occurrence occurrence = occurrenceOn(seriesDate)
                .orElseThrow(() -> Refusal.notFound("booking.noSuchDate", seriesDate));
        occurrence.place(newRoom, slot);
        changed(now, by, BookingChange.Kind.DATE_MOVED, dateMoveDetail(seriesDate, slot));
    }

    private static String dateMoveDetail(LocalDate seriesDate, Slot slot) {
        return seriesDate + " \u2192 " + slot.date() + " " + slot.start() + "\u2013" + slot.end();
    }

    private static String wholeMoveDetail(Slot first) {
        return "\u2192 " + first.date() + " " + first.start() + "\u2013" + first.end();
    }

    /**
     * A new room, time or rule for the booking from now on: occurrences already past stay as they were for
     * history, the future ones are replaced by the given slots (already checked against the rules).
     */
    public void reschedule(BookingRequest request, Room newRoom, List<Slot> slots, String by, Instant now) {
        room = newRoom;
        firstDate = request.getStart().toLocalDate();
        startTime = request.getStart().toLocalTime();
        endTime = request.getEnd().toLocalTime();
        recurrence = request.getRecurrence() == null ? null : StoredRecurrence.of(request.getRecurrence());
        describe(request);
        replaceDatesToCome(slots.stream().map(slot -> new Placing(slot.date(), newRoom, slot)).toList(), now);
        changed(now, by, BookingChange.Kind.CHANGED, null);
    }

    /** Where one date of the series is to be held: its series date, the room and the slot. */
    private record Placing(LocalDate seriesDate, Room room, Slot slot) {
    }

    /** The dates still to come become the given ones; those already begun stay as they were, for history. */
    private void replaceDatesToCome(List<Placing> placings, Instant now) {
        Map<LocalDate, Occurrence> future = new HashMap<>();
        occurrences.stream().filter(occurrence -> occurrence.startsAt().isAfter(now))
                .forEach(occurrence -> future.put(occurrence.getSeriesDate(), occurrence));
        // A date the booking keeps is the same occurrence, re-placed: the database holds one occurrence per date.
        for (Placing placing : placings) {
            Occurrence kept = future.remove(placing.seriesDate());
            if (kept == null) {
                occurrences.add(new Occurrence(this, placing.seriesDate(), placing.room(), placing.slot()));
            } else {
                kept.replace(placing.room(), placing.slot());
            }
        }
        occurrences.removeAll(future.values());
    }

    /**
     * The organisation asks to move this confirmed booking (its times, room, pattern or details with them) although the
     * hub decides its requests. A new request following this booking holds the new times on the given slots (already
     * checked against the rules; this booking's own dates did not count) while the hub decides. Meanwhile this booking
     * stays exactly as it was, holding its own slots: approved, it takes the move over (see {@link #approve}); declined,
     * it stays as it was and its history says why.
     *
     * @return the request, not yet saved
     */
    public Booking requestMove(BookingRequest request, Room newRoom, List<Slot> slots, String by, Instant now) {
        checkMoveCanWait();
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("A move needs at least one date");
        }
        checkClearOfWhatItWouldReplace(newRoom, slots, occurrence -> true);
        String detail = wholeMoveDetail(slots.get(0));
        Booking asked = new Booking(request, newRoom, organisation, slots, BookingStatus.PENDING, by, now,
                BookingChange.Kind.ASKS_TO_CHANGE, detail);
        return follow(asked, ChangeOf.WHOLE_BOOKING, null, detail, by, now);
    }

    /**
     * The organisation asks to move one date of this confirmed booking although the hub decides its requests: as for
     * {@link #requestMove}, a request following this booking holds the new slot (already checked) while the hub decides,
     * and the date stays where it was until the move is approved.
     *
     * @return the request, not yet saved
     */
    public Booking requestDateMove(LocalDate seriesDate, Room newRoom, Slot slot, String by, Instant now) {
        checkMoveCanWait();
        Occurrence occurrence = occurrenceOn(seriesDate).orElseThrow(() -> Refusal.notFound("booking.noSuchDate", seriesDate));
        if (occurrence.isCancelled()) {
            throw Refusal.conflict("date", "booking.dateAlreadyCancelled", seriesDate);
        }
        checkClearOfWhatItWouldReplace(newRoom, List.of(slot), held -> held == occurrence);
        BookingRequest request = asRequest();
        request.setRoomId(newRoom.getId());
        request.setStart(LocalDateTime.of(slot.date(), slot.start()));
        request.setEnd(LocalDateTime.of(slot.date(), slot.end()));
        request.setRecurrence(null);
        String detail = dateMoveDetail(seriesDate, slot);
        Booking asked = new Booking(request, newRoom, organisation, List.of(slot), BookingStatus.PENDING, by, now,
                BookingChange.Kind.ASKS_TO_CHANGE, detail);
        return follow(asked, ChangeOf.ONE_DATE, seriesDate, detail, by, now);
    }

    /**
     * Refuses new times for a change that waits for the hub where they would overlap, in the same room and counting
     * its turnaround, the dates of this booking that the change would replace: until the hub decides, those dates still
     * hold the room, and no two holders of a room may overlap (SPEC invariant 1), even two of one organisation.
     */
    private void checkClearOfWhatItWouldReplace(Room newRoom, List<Slot> slots, Predicate<Occurrence> replaced) {
        List<Occurrence> stillHolding = occurrences.stream()
                .filter(occurrence -> occurrence.holdsRoom() && sameRoom(occurrence.getRoom(), newRoom) && replaced.test(occurrence))
                .toList();
        if (!BookingRules.clashes(newRoom, slots, stillHolding, List.of(), unnamed -> null).isEmpty()) {
            throw Refusal.conflict("start", "booking.waitingChangeOverlaps");
        }
    }

    private static boolean sameRoom(Room one, Room other) {
        return one == other || one.getId() != null && one.getId().equals(other.getId());
    }

    private void checkMoveCanWait() {
        if (status != BookingStatus.CONFIRMED) {
            throw new IllegalStateException("Only a confirmed booking keeps its times while a move waits; a request moves itself");
        }
        checkNoChangeWaiting();
    }

    private Booking follow(Booking asked, ChangeOf change, LocalDate date, String detail, String by, Instant now) {
        asked.follows = this;
        asked.changeOf = change;
        asked.movesDate = date;
        continuations.add(asked);
        record(now, by, BookingChange.Kind.CHANGE_REQUESTED, detail);
        return asked;
    }

    /**
     * Refuses a change of this series from one of its dates on that cannot be made, before anything is checked or
     * changed: the booking has ended, is not a series, has no such date, the date is its first (change the whole
     * booking instead), a date from then on has begun, or the changed dates would begin on or before the last date the
     * booking keeps (they would double its earlier dates).
     *
     * @param newFirstDate the first date the changed series asks for
     */
    public void checkChangeFrom(LocalDate seriesDate, LocalDate newFirstDate, Instant now) {
        if (!status.holdsRoom()) {
            throw Refusal.conflict("status", "booking.alreadyEnded");
        }
        if (recurrence == null) {
            throw Refusal.invalid("date", "booking.notASeries");
        }
        checkNoChangeWaiting();
        occurrenceOn(seriesDate).orElseThrow(() -> Refusal.notFound("booking.noSuchDate", seriesDate));
        if (!seriesDate.isAfter(firstDate)) {
            throw Refusal.invalid("date", "booking.changeFromFirstDate", seriesDate);
        }
        boolean begun = !slotOn(seriesDate).startsAt().isAfter(now)
                || occurrences.stream().anyMatch(occurrence -> !occurrence.getSeriesDate().isBefore(seriesDate)
                && !occurrence.isCancelled() && !occurrence.startsAt().isAfter(now));
        if (begun) {
            throw Refusal.invalid("date", "booking.changeFromBegun", seriesDate);
        }
        Optional<LocalDate> lastKept = occurrences.stream()
                .filter(occurrence -> occurrence.getSeriesDate().isBefore(seriesDate) && !occurrence.isCancelled())
                .map(Occurrence::getSeriesDate).max(Comparator.naturalOrder());
        if (lastKept.isPresent() && !newFirstDate.isAfter(lastKept.get())) {
            throw Refusal.invalid("start", "booking.continuationTooEarly", lastKept.get());
        }
    }

    /** Whether the occurrence is one this series gives up when it changes from the given date on. */
    public boolean givesUpFrom(LocalDate seriesDate, Occurrence occurrence) {
        boolean own = occurrence.getBooking() == this || id != null && id.equals(occurrence.getBooking().getId());
        return own && !occurrence.getSeriesDate().isBefore(seriesDate) && !occurrence.isCancelled();
    }

    /**
     * This date and the following ones change, the way calendar apps do it: the series splits. A new booking for the
     * same organisation, continuing this one, holds the changed series on the given slots (already checked against the
     * rules, this series' own dates from then on left out). Confirmed, it takes over at once: this booking ends before
     * the date (its rule gets an end date; its later dates still held go) and keeps everything earlier as it was. Waiting
     * for the hub to decide, it takes over only when approved: until then this booking keeps its later dates and their
     * slots, so declining the change leaves the series as it was. Dates already called off stay here, for history and
     * charges.
     *
     * @return the new booking, not yet saved
     */
    public Booking continueFrom(LocalDate seriesDate, BookingRequest request, Room newRoom, List<Slot> slots,
                                BookingStatus newStatus, String by, Instant now) {
        checkChangeFrom(seriesDate, request.getStart().toLocalDate(), now);
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("A continuation needs at least one date");
        }
        if (newStatus == BookingStatus.PENDING) {
            checkClearOfWhatItWouldReplace(newRoom, slots, occurrence -> givesUpFrom(seriesDate, occurrence));
        }
        Booking continuation = new Booking(request, newRoom, organisation, slots, newStatus, by, now,
                BookingChange.Kind.CONTINUES, seriesDate.toString());
        continuation.follows = this;
        continuation.changeOf = ChangeOf.DATES_FROM;
        continuation.continuesFrom = seriesDate;
        continuations.add(continuation);
        if (newStatus == BookingStatus.PENDING) {
            record(now, by, BookingChange.Kind.CHANGE_REQUESTED, seriesDate.toString());
        } else {
            endBefore(seriesDate, by, now);
        }
        return continuation;
    }

    /** The series ends the day before the given date, giving up its dates from then on that it still holds. */
    private void endBefore(LocalDate seriesDate, String by, Instant now) {
        Recurrence rule = getRecurrence();
        rule.setUntil(seriesDate.minusDays(1));
        rule.setCount(null);
        recurrence = StoredRecurrence.of(rule);
        occurrences.removeIf(occurrence -> givesUpFrom(seriesDate, occurrence));
        changed(now, by, BookingChange.Kind.CONTINUED_AS, seriesDate.toString());
    }

    /** Refuses a change of this series while another one waits for a decision: the hub decides one at a time. */
    public void checkNoChangeWaiting() {
        changeWaiting().ifPresent(waiting -> {
            if (waiting.changeOf == ChangeOf.DATES_FROM) {
                throw Refusal.conflict("date", "booking.changeWaiting", waiting.continuesFrom, waiting.getId());
            }
            throw Refusal.conflict("start", "booking.moveWaiting", waiting.getId());
        });
    }

    /** Whether a date of this booking that was not called off has begun: it has happened, or is happening. */
    public boolean hasBegun(Instant now) {
        return occurrences.stream().anyMatch(occurrence -> !occurrence.isCancelled() && !occurrence.startsAt().isAfter(now));
    }

    /**
     * Where a change of the whole series from now on splits it once some of its dates have begun: the first of its
     * dates after the last one that has begun, provided it has not begun either. Empty for a booking of one date, or
     * when no date is left to change.
     */
    public Optional<LocalDate> firstDateNotBegun(Instant now) {
        if (recurrence == null) {
            return Optional.empty();
        }
        Optional<LocalDate> lastBegun = occurrences.stream()
                .filter(occurrence -> !occurrence.isCancelled() && !occurrence.startsAt().isAfter(now))
                .map(Occurrence::getSeriesDate).max(Comparator.naturalOrder());
        return occurrences.stream().map(Occurrence::getSeriesDate)
                .filter(date -> lastBegun.map(date::isAfter).orElse(true) && date.isAfter(firstDate)
                        && slotOn(date).startsAt().isAfter(now))
                .min(Comparator.naturalOrder());
    }

    /**
     * What a booking that continues this series from the given date needs: the status of a new booking, except that a
     * request still waiting for a decision stays waiting.
     *
     * @param needsApproval whether a new booking by the same person would wait for hub staff
     */
    public BookingStatus continuationStatus(boolean needsApproval) {
        return status == BookingStatus.PENDING || needsApproval ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
    }

    /** New details (title, description, audience...) without moving anything. */
    public void redescribe(BookingRequest request, String by, Instant now) {
        describe(request);
        changed(now, by, BookingChange.Kind.CHANGED, null);
    }

    /** The booking as a request, for forms that change it and for checks that re-book one of its dates. */
    public BookingRequest asRequest() {
        BookingRequest request = new BookingRequest();
        request.setRoomId(room.getId());
        request.setOrganisationId(organisation == null ? null : organisation.getId());
        request.setTitle(title);
        request.setType(type);
        request.setVisibility(visibility);
        request.setDescription(description);
        request.setAudience(new LinkedHashSet<>(audience));
        request.setExpectedAttendance(expectedAttendance);
        request.setStart(LocalDateTime.of(firstDate, startTime));
        request.setEnd(LocalDateTime.of(firstDate, endTime));
        request.setRecurrence(getRecurrence());
        return request;
    }

    private void requireStatus(BookingStatus wanted, String key) {
        if (status != wanted) {
            throw Refusal.conflict("status", key);
        }
    }

    private void changeStatus(BookingStatus newStatus) {
        status = newStatus;
        occurrences.forEach(Occurrence::refreshHold);
    }

    private void changed(Instant now, String by, BookingChange.Kind kind, String detail) {
        sequence++;
        updatedAt = now.toEpochMilli();
        record(now, by, kind, detail);
    }

    private void record(Instant now, String by, BookingChange.Kind kind, String detail) {
        history.add(new BookingChange(this, now, by, kind, detail));
    }

    /** Where and when the series itself puts one of its dates, whether or not that date has moved. */
    public Slot slotOn(LocalDate seriesDate) {
        return new Slot(seriesDate, startTime, endTime);
    }

    public Optional<Occurrence> occurrenceOn(LocalDate seriesDate) {
        return occurrences.stream().filter(occurrence -> occurrence.getSeriesDate().equals(seriesDate)).findFirst();
    }

    /** Whether someone acting for the given organisation (null: hub staff) may see this booking's details. */
    public boolean isVisibleTo(Organisation viewer, boolean staff) {
        return staff || visibility == Visibility.PUBLIC || belongsTo(viewer);
    }

    public boolean belongsTo(Organisation other) {
        return organisation != null && other != null && organisation.getId().equals(other.getId());
    }

    public Long getId() {
        return id;
    }

    /** The slugs of the rooms this booking's dates are in: its own room, and any a date was moved to. */
    public Set<String> roomSlugs() {
        Set<String> slugs = new HashSet<>();
        slugs.add(room.getSlug());
        occurrences.forEach(occurrence -> slugs.add(occurrence.getRoom().getSlug()));
        return slugs;
    }

    public Room getRoom() {
        return room;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getTitle() {
        return title;
    }

    public ActivityType getType() {
        return type;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getDescription() {
        return description;
    }

    public Set<String> getAudience() {
        return Collections.unmodifiableSet(audience);
    }

    public int getExpectedAttendance() {
        return expectedAttendance;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public Recurrence getRecurrence() {
        return recurrence == null ? null : recurrence.toRecurrence();
    }

    /** When the whole booking was called off, if it was. */
    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt).map(Instant::ofEpochSecond);
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getCreatedAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    public Instant getUpdatedAt() {
        return Instant.ofEpochMilli(updatedAt);
    }

    public List<Occurrence> getOccurrences() {
        return Collections.unmodifiableList(occurrences);
    }

    public List<BookingChange> getHistory() {
        return Collections.unmodifiableList(history);
    }

    /**
     * The time this booking, waiting for a decision, would add to its organisation's use of the month if approved: all
     * its dates there for a new request; for a change of another booking, what it asks for beyond the dates it would
     * take the place of (a move to a slot as long adds nothing), and never less than nothing.
     */
    public Duration addsIfApprovedIn(YearMonth month) {
        Duration asked = lengthIn(month, occurrences.stream());
        Duration replaced = follows().map(followed -> lengthIn(month, followed.occurrences.stream().filter(this::wouldReplace)))
                .orElse(Duration.ZERO);
        return asked.compareTo(replaced) > 0 ? asked.minus(replaced) : Duration.ZERO;
    }

    /** For a change of another booking: whether approving it takes that booking's date away (moves or re-times it). */
    boolean wouldReplace(Occurrence theirs) {
        if (changeOf == null) {
            return false;
        }
        return switch (changeOf) {
            case WHOLE_BOOKING -> true;
            case ONE_DATE -> theirs.getSeriesDate().equals(movesDate);
            case DATES_FROM -> continuesFrom != null && !theirs.getSeriesDate().isBefore(continuesFrom);
        };
    }

    private static Duration lengthIn(YearMonth month, Stream<Occurrence> dates) {
        return dates.filter(occurrence -> !occurrence.isCancelled() && YearMonth.from(occurrence.getDate()).equals(month))
                .map(occurrence -> Duration.between(occurrence.startsAt(), occurrence.endsAt()))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** The booking whose series this one continues, if it does. */
    public Optional<Booking> follows() {
        return Optional.ofNullable(follows);
    }

    /** The booking this one continues; null when it continues none (for pages). */
    public Booking getFollows() {
        return follows;
    }

    /** The date of the series it continues from which this booking holds the changed dates, if it continues one. */
    public Optional<LocalDate> continuesFrom() {
        return Optional.ofNullable(continuesFrom);
    }

    /** The bookings that continue this series from one of its dates on, earliest first. */
    public List<Booking> getContinuations() {
        return continuations.stream().filter(booking -> booking.changeOf == null || booking.changeOf == ChangeOf.DATES_FROM).toList();
    }

    /** The moves of this booking, or of one of its dates, that were asked for and are waiting or were declined. */
    public List<Booking> getMoveRequests() {
        return continuations.stream().filter(booking -> booking.changeOf == ChangeOf.WHOLE_BOOKING || booking.changeOf == ChangeOf.ONE_DATE)
                .toList();
    }

    /** What this booking does to the one it follows, if it follows one. */
    public Optional<ChangeOf> changeOf() {
        return Optional.ofNullable(changeOf);
    }

    /** What this booking does to the one it follows; null when it follows none (for pages). */
    public ChangeOf getChangeOf() {
        return changeOf;
    }

    /** For a request to move one date of the booking it follows: that date. */
    public Optional<LocalDate> movesDate() {
        return Optional.ofNullable(movesDate);
    }
}
