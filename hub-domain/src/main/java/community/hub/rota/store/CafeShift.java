package community.hub.rota.store;

import community.hub.rota.Assignment;
import community.hub.rota.CafeRole;
import community.hub.rota.EventShifts;
import community.hub.rota.Shift;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A dated shift of one week with the places on it. A shift on a day the café is closed is kept, closed, with
 * the reason, and nobody is placed on it.
 */
@Entity
@Table(name = "rota_shift")
@NamedQuery(
        name = "CafeShift.weeksOfBooking",
        query = "select distinct s.week.monday from CafeShift s where s.bookingId = :booking")
public class CafeShift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "week_id", nullable = false)
    private StoredWeek week;

    /** The shift's name in the rota and the API: for a pattern shift its date and start, as in 2026-03-03T08:30. */
    @Column(name = "shift_key", nullable = false, length = 60)
    private String key;

    @Column(name = "shift_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    /** A one-off shift, such as a community lunch, rather than one from the weekly pattern. */
    @Column(nullable = false)
    private boolean extra;

    @Column(length = 80)
    private String title;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "closed_reason", length = 120)
    private String closedReason;

    /** The booking of the event in the café room this one-off shift is for, if it is for one. */
    @Column(name = "booking_id")
    private Long bookingId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rota_shift_place", joinColumns = @JoinColumn(name = "shift_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "cafe_role", length = 30)
    @Column(name = "places", nullable = false)
    private Map<CafeRole, Integer> places = new HashMap<>();

    @OneToMany(mappedBy = "shift", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<CafeAssignment> assignments = new ArrayList<>();

    protected CafeShift() {
        // for JPA
    }

    CafeShift(StoredWeek week, Shift shift, boolean extra, String title) {
        this.week = week;
        this.key = shift.getId();
        this.date = shift.getDate();
        this.start = shift.getStart();
        this.end = shift.getEnd();
        this.extra = extra;
        this.title = title;
        this.places.putAll(shift.getPlaces());
    }

    /** A one-off shift for one date of an event booked in the café room. */
    CafeShift(StoredWeek week, Shift shift, EventShifts.Booked event) {
        this(week, shift, true, event.shiftTitle());
        this.bookingId = event.bookingId();
    }

    /** The shift as the rota's rules know it. */
    public Shift toShift() {
        return new Shift(key, date, start, end, new EnumMap<>(places));
    }

    /** The café is shut then: nobody works it, and those who were on it are taken off. */
    void close(String reason) {
        closed = true;
        closedReason = reason;
        assignments.clear();
    }

    /** The event it is for now ends at another time: the shift does too, and whoever was on it is taken off. */
    void endAt(LocalTime newEnd) {
        end = newEnd;
        assignments.clear();
    }

    /** How many people each job needs on this shift from now on, already checked by the rules. */
    void changePlaces(Shift changed) {
        places.keySet().retainAll(changed.getPlaces().keySet());
        places.putAll(changed.getPlaces());
    }

    /** The shift as event shifts are planned, if it is one. */
    Optional<EventShifts.Held> asEventShift() {
        return bookingId == null ? Optional.empty() : Optional.of(new EventShifts.Held(key, date, start, end, closed));
    }

    /** The places the rules settled on for this shift, changing only the rows that differ. */
    void settle(Collection<Assignment> wanted, Function<Long, CafeMember> members) {
        Map<Long, Assignment> byMember = new HashMap<>();
        wanted.forEach(assignment -> byMember.put(assignment.getMemberId(), assignment));
        assignments.removeIf(held -> !byMember.containsKey(held.getMember().getId()));
        for (CafeAssignment held : assignments) {
            held.becomes(byMember.remove(held.getMember().getId()));
        }
        byMember.values()
                .forEach(assignment -> assignments.add(new CafeAssignment(
                        this, members.apply(assignment.getMemberId()), assignment.getRole(), assignment.isLocked())));
    }

    List<Assignment> toAssignments(Shift shift) {
        return assignments.stream().map(held -> held.toAssignment(shift)).toList();
    }

    Optional<CafeAssignment> assignmentOf(long memberId) {
        return assignments.stream()
                .filter(held -> held.getMember().getId() == memberId)
                .findFirst();
    }

    public Long getId() {
        return id;
    }

    public StoredWeek getWeek() {
        return week;
    }

    public String getKey() {
        return key;
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

    public boolean isExtra() {
        return extra;
    }

    public String getTitle() {
        return title;
    }

    public boolean isClosed() {
        return closed;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public Optional<Long> getBookingId() {
        return Optional.ofNullable(bookingId);
    }

    public List<CafeAssignment> getAssignments() {
        return Collections.unmodifiableList(assignments);
    }
}
