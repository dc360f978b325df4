package community.hub.booking;

import community.hub.Refusal;
import community.hub.organisation.Organisation;
import community.hub.room.Room;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A room held for an activity, once or as a series. The booking guards SPEC invariant 1 for what it holds: every change
 * goes through a method named for what people do (approve, decline, cancel a date...), raises the sequence calendar
 * apps use to notice changes, and is recorded in its history. It hands its other jobs to named parts: {@link Activity}
 * (what it holds the room for), {@link Series} (when it happens as its series puts it), {@link SeriesDates} (its dates
 * as they are held), {@link ChangeRequests} (changes of it asked for) and {@link ChangeRequest} (what it asks of the
 * booking it follows, if it follows one).
 * Over 300 lines: its mapping (about 130 lines, saying what each column means) and its lifecycle belong in the entity.
 */
@Entity
@Table(name = "booking")
@EntityListeners(BookingSaveListener.class)
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

    @Embedded
    private Activity activity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "booking_audience", joinColumns = @JoinColumn(name = "booking_id"))
    @Column(name = "tag", nullable = false, length = 40)
    private Set<String> audience = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BookingStatus status;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Embedded
    private Series series;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    /** When the whole booking was called off (epoch seconds): its dates before then took place. */
    @Column(name = "cancelled_at")
    private Long cancelledAt;

    /** Whether the hub ever confirmed it: a request called off before then stays the asking organisation's business. */
    @Column(name = "confirmed_once", nullable = false)
    private boolean confirmedOnce;

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
    private List<HistoryEntry> history = new ArrayList<>();

    /** The booking this one continues, or asks to move; see {@link #changeRequest}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follows_booking_id")
    private Booking follows;

    /** What this booking does to the one it follows; none for a booking that follows none. */
    @Embedded
    private ChangeRequest changeRequest;

    /** The bookings that follow this one: its series' continuations, and moves of it asked for. */
    @OneToMany(mappedBy = "follows")
    @OrderBy("series.firstDate")
    private List<Booking> followers = new ArrayList<>();

    @Version
    private long version;

    protected Booking() {}

    /** A new booking holding the room on each of the given slots; the first slot sets the series' times. */
    public Booking(
            BookingRequest request,
            Room room,
            Organisation organisation,
            List<Slot> slots,
            BookingStatus status,
            String by,
            Instant now) {
        this(request, room, organisation, slots, status, by, now, HistoryEntry.Kind.madeAs(status), null);
    }

    Booking(
            BookingRequest request,
            Room room,
            Organisation organisation,
            List<Slot> slots,
            BookingStatus status,
            String by,
            Instant now,
            HistoryEntry.Kind first,
            String detail) {
        this.room = room;
        this.organisation = organisation;
        describe(request);
        this.status = status;
        this.confirmedOnce = status == BookingStatus.CONFIRMED;
        this.createdBy = by;
        this.series = Series.of(request);
        this.createdAt = now.toEpochMilli();
        this.updatedAt = createdAt;
        slots.forEach(slot -> occurrences.add(new Occurrence(this, room, slot)));
        record(now, by, first, detail);
    }

    private void describe(BookingRequest request) {
        activity = Activity.of(request, activity == null ? null : activity.getSuggestionId());
        audience = new LinkedHashSet<>(
                request.getAudience().stream().map(String::trim).toList());
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
        requirePending();
        Optional<Booking> original = ChangeRequests.waitingToChange(this);
        if (original.isPresent() && changeRequest.getKind() != ChangeOf.DATES_FROM) {
            original.get().changes().moves().makeMove(this, by, now);
            return original.get();
        }
        changeStatus(BookingStatus.CONFIRMED);
        changed(now, by, HistoryEntry.Kind.APPROVED, null);
        original.ifPresent(
                followed -> followed.endBefore(changeRequest.continuesFrom().orElseThrow(), by, now));
        return this;
    }

    /**
     * Staff turn a request down, saying why; its slots are free again. A request to change a series from one of its
     * dates on leaves that series as it was: it kept its later dates, and their slots, while the change waited.
     */
    public void decline(String reason, String by, Instant now) {
        requirePending();
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", "booking.declineNeedsReason");
        }
        decisionReason = reason.trim();
        Optional<Booking> original = ChangeRequests.waitingToChange(this);
        changeStatus(BookingStatus.DECLINED);
        changed(now, by, HistoryEntry.Kind.DECLINED, decisionReason);
        String about = original.isEmpty()
                ? ""
                : changeRequest.date().map(changed -> changed + ": ").orElse("");
        original.ifPresent(booking -> booking.changed(
                now, by, HistoryEntry.Kind.CHANGE_DECLINED, HistoryEntry.shortened(about + decisionReason)));
    }

    /**
     * The whole booking is called off; it stays for history and feeds, and frees every slot. Dates already past
     * took place; dates about to happen may still be charged (see {@link Cancellation}).
     */
    public void cancel(Cancellation cancellation) {
        requireHoldsRoom();
        Optional<Booking> waiting = changes().waiting();
        occurrences.stream()
                .filter(occurrence -> !occurrence.isCancelled() && cancellation.charges(occurrence, status))
                .forEach(Occurrence::chargeAsLate);
        cancelledAt = cancellation.at().getEpochSecond();
        changeStatus(BookingStatus.CANCELLED);
        changed(cancellation.at(), cancellation.by(), HistoryEntry.Kind.CANCELLED, null);
        // A change of a booking called off has nothing left to change: it is called off with it.
        waiting.ifPresent(change -> change.cancel(cancellation));
    }

    /**
     * A new room, time or rule for the booking from now on: occurrences already past stay as they were for
     * history, the future ones are replaced by the given slots (already checked against the rules).
     */
    public void reschedule(BookingRequest request, Room newRoom, List<Slot> slots, String by, Instant now) {
        replaceWith(
                request,
                newRoom,
                slots.stream()
                        .map(slot -> new SeriesDates.Placing(slot.date(), newRoom, slot))
                        .toList(),
                now);
        changed(now, by, HistoryEntry.Kind.CHANGED, null);
    }

    /** The booking takes over the room, series and details asked for, and its dates still to come are held as placed. */
    void replaceWith(BookingRequest request, Room newRoom, List<SeriesDates.Placing> placings, Instant now) {
        room = newRoom;
        series = Series.of(request);
        describe(request);
        dates().replaceToCome(placings, now);
    }

    /** New details (title, description, audience...) without moving anything. */
    public void redescribe(BookingRequest request, String by, Instant now) {
        describe(request);
        changed(now, by, HistoryEntry.Kind.CHANGED, null);
    }

    /** The series ends the day before the given date, giving up its dates from then on that it still holds. */
    void endBefore(LocalDate seriesDate, String by, Instant now) {
        series = series.endingBefore(seriesDate);
        dates().giveUpFrom(seriesDate);
        changed(now, by, HistoryEntry.Kind.CONTINUED_AS, seriesDate.toString());
    }

    /** A new booking follows this one, doing to it what the change says. */
    void followedBy(Booking follower, ChangeRequest change) {
        follower.follows = this;
        follower.changeRequest = change;
        follower.activity = follower.activity.carryingOut(activity.getSuggestionId());
        followers.add(follower);
    }

    /** Refuses a change of a booking that no longer holds its room: it was cancelled or declined. */
    void requireHoldsRoom() {
        if (!status.holdsRoom()) {
            throw Refusal.conflict("status", "booking.alreadyEnded");
        }
    }

    private void requirePending() {
        if (status != BookingStatus.PENDING) {
            throw Refusal.conflict("status", "booking.notPending");
        }
    }

    private void changeStatus(BookingStatus newStatus) {
        status = newStatus;
        confirmedOnce |= newStatus == BookingStatus.CONFIRMED;
        occurrences.forEach(Occurrence::refreshHold);
    }

    void changed(Instant now, String by, HistoryEntry.Kind kind, String detail) {
        sequence++;
        updatedAt = now.toEpochMilli();
        record(now, by, kind, detail);
    }

    void record(Instant now, String by, HistoryEntry.Kind kind, String detail) {
        history.add(new HistoryEntry(this, now, by, kind, detail));
    }

    /** Its dates as they are held. */
    public SeriesDates dates() {
        return new SeriesDates(this, occurrences);
    }

    /** The changes of it that were asked for, and the bookings that continue its series. */
    public ChangeRequests changes() {
        return new ChangeRequests(this, followers);
    }

    public boolean belongsTo(Organisation other) {
        return organisation != null && other != null && organisation.getId().equals(other.getId());
    }

    public Long getId() {
        return id;
    }

    public Room getRoom() {
        return room;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** What it holds the room for (title, kind, who may see it...). */
    public Activity getActivity() {
        return activity;
    }

    /** Marks the booking as carrying out a residents' idea (What's on says it was suggested by residents). */
    public void carriesOut(long idea) {
        activity = activity.carryingOut(idea);
    }

    public Set<String> getAudience() {
        return Collections.unmodifiableSet(audience);
    }

    /** Whether the hub confirmed it at some time: it is confirmed, or was before it was called off. */
    public boolean wasConfirmed() {
        return confirmedOnce;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Series getSeries() {
        return series;
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

    public List<HistoryEntry> getHistory() {
        return Collections.unmodifiableList(history);
    }

    /** The booking whose series this one continues, or which it asks to move, if it does. */
    public Optional<Booking> follows() {
        return Optional.ofNullable(follows);
    }

    /** What this booking does to the one it follows; nothing ({@code kind} null) when it follows none. */
    public ChangeRequest getChangeRequest() {
        return changeRequest == null ? ChangeRequest.NONE : changeRequest;
    }
}
