package community.hub.booking;

import community.hub.Refusal;
import community.hub.RetriedWhenRolledBack;
import community.hub.account.Account;
import community.hub.account.Role;
import community.hub.organisation.Organisation;
import community.hub.room.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Books rooms so that no two occurrences holding a room ever overlap. Each booking or change takes a
 * database lock on its room's row first, so requests for one room are checked one after another across every
 * server sharing the database, while different rooms are booked in parallel. A transaction the database rolls back
 * for a passing reason (a lock timeout, a deadlock) is tried again from the start, lock and checks included.
 */
@ApplicationScoped
@Transactional
@RetriedWhenRolledBack
public class BookingService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private CancellationCutOff cutOff;

    @Inject
    private Event<BookingNews> news;

    /** Books the request, or refuses it whole: a refused request changes nothing. */
    public Booking book(@NotNull(message = "{request.body.required}") @Valid BookingRequest request, @NotNull Account by) {
        List<Slot> slots = BookingRules.slots(request);
        Room room = lockRoom(request.getRoomId());
        Organisation organisation = organisationFor(request, by);
        slots = checkedFreeSlots(request, room, slots, by, occurrence -> false);
        Instant now = clock.instant();
        Booking booking = new Booking(request, room, organisation, slots, statusFor(by, organisation), by.getUsername(), now);
        entityManager.persist(booking);
        return booking;
    }

    /** What booking the request would meet, without booking it: every clash, for people to decide before saving. */
    public List<Clash> preview(@NotNull(message = "{request.body.required}") @Valid BookingRequest request, @NotNull Account by) {
        List<Slot> slots = BookingRules.slots(request);
        Room room = room(request.getRoomId());
        organisationFor(request, by);
        checkTenantRules(by, room, slots);
        BookingRules.check(request, room, slots, clock.instant());
        return clashesIgnoring(room, slots, by, occurrence -> false);
    }

    /**
     * Moves or re-times a booking from now on, checked again like a new one (it does not clash with itself). Dates that
     * have begun are history (attendance, charges, the feeds): a series with some keeps them as they were, and a change
     * of its times, room or rule splits it at its first date not begun, as {@link #changeFrom} does; new details alone
     * change the booking itself. A series wholly in the future changes as a whole. When the hub decides the
     * organisation's requests, moving a confirmed booking is a request of its own: the booking stays as it is, holding
     * its slots, until the hub approves the move (see {@link Booking#requestMove}).
     *
     * @return the booking changed, the new booking continuing it when the series split, or the request to move it
     */
    public Booking change(long id, @NotNull(message = "{request.body.required}") @Valid BookingRequest request, @NotNull Account by) {
        Booking booking = changeable(id, by);
        List<Slot> slots = BookingRules.slots(request);
        Room room = lockRooms(request.getRoomId(), booking.getRoom().getId());
        if (!booking.getStatus().holdsRoom()) {
            throw Refusal.conflict("status", "booking.alreadyEnded");
        }
        booking.checkNoChangeWaiting();
        Instant now = clock.instant();
        boolean begun = booking.hasBegun(now);
        if (begun && moves(booking, room, slots)) {
            LocalDate from = booking.firstDateNotBegun(now).orElseThrow(() -> Refusal.invalid("start", "booking.allBegun"));
            return continueFrom(booking, from, request, room, slots, by, now);
        }
        slots = checkedFreeSlots(request, room, slots, by, occurrence -> occurrence.getBooking().getId().equals(booking.getId()));
        if (begun) {
            booking.redescribe(request, by.getUsername(), now);
            return booking;
        }
        if (moves(booking, room, slots) && movesWait(booking, by)) {
            Booking asked = booking.requestMove(request, room, slots, by.getUsername(), now);
            entityManager.persist(asked);
            return asked;
        }
        booking.reschedule(request, room, slots, by.getUsername(), now);
        return booking;
    }

    /** Whether a move of the booking by this person waits for the hub: a confirmed booking moved by a tenant it decides for. */
    private static boolean movesWait(Booking booking, Account by) {
        return booking.getStatus() == BookingStatus.CONFIRMED && statusFor(by, booking.getOrganisation()) == BookingStatus.PENDING;
    }

    /**
     * Changes a series from one of its dates on, as calendar apps do: a new booking continuing it holds the changed
     * dates, and the booking ends before that date, keeping its earlier dates as they were. The new dates are checked
     * like a new booking (clashes, closures, opening hours, the tenant's rules; the booking's own dates it gives up do
     * not count) with the rooms locked, and a request refused changes nothing. A change that waits for the hub to
     * decide takes over only when approved; until then the booking keeps its later dates (see
     * {@link Booking#continueFrom}).
     *
     * @return the new booking
     */
    public Booking changeFrom(long id, @NotNull LocalDate date,
                              @NotNull(message = "{request.body.required}") @Valid BookingRequest request, @NotNull Account by) {
        Booking booking = changeable(id, by);
        List<Slot> slots = BookingRules.slots(request);
        Room room = lockRooms(request.getRoomId(), booking.getRoom().getId());
        return continueFrom(booking, date, request, room, slots, by, clock.instant());
    }

    private Booking continueFrom(Booking booking, LocalDate date, BookingRequest request, Room room, List<Slot> slots,
                                 Account by, Instant now) {
        booking.checkChangeFrom(date, request.getStart().toLocalDate(), now);
        List<Slot> free = checkedFreeSlots(request, room, slots, by, occurrence -> booking.givesUpFrom(date, occurrence));
        Booking continuation = booking.continueFrom(date, request, room, free,
                booking.continuationStatus(statusFor(by, booking.getOrganisation()) == BookingStatus.PENDING),
                by.getUsername(), now);
        entityManager.persist(continuation);
        return continuation;
    }

    /** What changing a series from one of its dates on would meet, without changing it: every clash of the new dates. */
    public List<Clash> previewFrom(long id, @NotNull LocalDate date,
                                   @NotNull(message = "{request.body.required}") @Valid BookingRequest request, @NotNull Account by) {
        Booking booking = changeable(id, by);
        List<Slot> slots = BookingRules.slots(request);
        Room room = room(request.getRoomId());
        booking.checkChangeFrom(date, request.getStart().toLocalDate(), clock.instant());
        checkTenantRules(by, room, slots);
        BookingRules.check(request, room, slots, clock.instant());
        return clashesIgnoring(room, slots, by, occurrence -> booking.givesUpFrom(date, occurrence));
    }

    /**
     * Approves a request. A request to move a booking, or one of its dates, is made to that booking and then removed:
     * the booking holds what the request held.
     *
     * @return the booking approved, or the booking the request moved
     */
    public Booking approve(long id, @NotNull Account by) {
        Booking booking = decidable(id, by);
        Booking approved = booking.approve(by.getUsername(), clock.instant());
        if (approved == booking) {
            tellOrganisation(booking, by, BookingNews.approved(booking));
            return booking;
        }
        tellOrganisation(approved, by, BookingNews.moveApproved(approved, booking));
        entityManager.remove(booking);
        return approved;
    }

    public Booking decline(long id, String reason, @NotNull Account by) {
        Booking booking = decidable(id, by);
        booking.decline(reason, by.getUsername(), clock.instant());
        tellOrganisation(booking, by, BookingNews.declined(booking));
        return booking;
    }

    public Booking cancel(long id, @NotNull Account by) {
        Booking booking = changeable(id, by);
        booking.cancel(cancellation(by));
        tellOrganisation(booking, by, BookingNews.cancelledByHub(booking));
        return booking;
    }

    public Booking cancelOccurrence(long id, LocalDate date, @NotNull Account by) {
        Booking booking = changeable(id, by);
        booking.cancelOccurrence(date, cancellation(by));
        tellOrganisation(booking, by, BookingNews.dateCancelledByHub(booking, date));
        return booking;
    }

    public Booking cancelFrom(long id, LocalDate date, @NotNull Account by) {
        Booking booking = changeable(id, by);
        booking.cancelFrom(date, cancellation(by));
        tellOrganisation(booking, by, BookingNews.datesCancelledByHubFrom(booking, date));
        return booking;
    }

    /** A booking the caller may see: staff see all; a tenant its organisation's and public ones. Others are "not found". */
    public Booking byId(long id, @NotNull Account by) {
        Booking booking = entityManager.find(Booking.class, id);
        if (booking == null || !booking.isVisibleTo(by.getOrganisation(), isStaff(by))) {
            throw Refusal.notFound("booking.notFound", id);
        }
        return booking;
    }

    /** The bookings the caller may see with an occurrence in the period, optionally in one room or for one organisation. */
    public List<Booking> visible(Instant from, Instant until, Long roomId, Long organisationId, @NotNull Account by) {
        StringBuilder jpql = new StringBuilder("select distinct b from Booking b join b.occurrences o "
                + "where o.startsAt < :until and o.endsAt > :from");
        if (roomId != null) {
            jpql.append(" and o.room.id = :roomId");
        }
        if (organisationId != null) {
            jpql.append(" and b.organisation.id = :organisationId");
        }
        if (!isStaff(by)) {
            jpql.append(" and (b.organisation = :own or b.visibility = community.hub.booking.Visibility.PUBLIC)");
        }
        TypedQuery<Booking> query = entityManager.createQuery(jpql.toString(), Booking.class)
                .setParameter("from", from.getEpochSecond()).setParameter("until", until.getEpochSecond())
                .setMaxResults(1000);
        if (roomId != null) {
            query.setParameter("roomId", roomId);
        }
        if (organisationId != null) {
            query.setParameter("organisationId", organisationId);
        }
        if (!isStaff(by)) {
            query.setParameter("own", by.getOrganisation());
        }
        return query.getResultList();
    }

    /** One page of the bookings the caller may see that match the filter, soonest first. */
    public List<Booking> find(BookingFilter filter, int first, int size, @NotNull Account by) {
        TypedQuery<Booking> query = filtered("select b from Booking b", filter, by, " order by b.firstDate, b.startTime, b.id", Booking.class);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many bookings the caller may see match the filter. */
    public long count(BookingFilter filter, @NotNull Account by) {
        return filtered("select count(b) from Booking b", filter, by, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, BookingFilter filter, Account by, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.getRoomId() != null) {
            where.append(" and b.room.id = :roomId");
        }
        if (filter.getOrganisationId() != null) {
            where.append(" and b.organisation.id = :organisationId");
        }
        if (filter.getType() != null) {
            where.append(" and b.type = :type");
        }
        if (filter.getStatus() != null) {
            where.append(" and b.status = :status");
        }
        if (filter.getFrom() != null || filter.getTo() != null) {
            where.append(" and exists (select o from Occurrence o where o.booking = b and o.date >= :from and o.date <= :to)");
        }
        if (!isStaff(by)) {
            where.append(" and b.organisation = :own");
        }
        TypedQuery<T> query = entityManager.createQuery(select + where + order, type);
        if (filter.getRoomId() != null) {
            query.setParameter("roomId", filter.getRoomId());
        }
        if (filter.getOrganisationId() != null) {
            query.setParameter("organisationId", filter.getOrganisationId());
        }
        if (filter.getType() != null) {
            query.setParameter("type", filter.getType());
        }
        if (filter.getStatus() != null) {
            query.setParameter("status", filter.getStatus());
        }
        if (filter.getFrom() != null || filter.getTo() != null) {
            query.setParameter("from", filter.getFrom() == null ? LocalDate.of(2000, 1, 1) : filter.getFrom());
            query.setParameter("to", filter.getTo() == null ? LocalDate.of(2999, 12, 31) : filter.getTo());
        }
        if (!isStaff(by)) {
            query.setParameter("own", by.getOrganisation());
        }
        return query;
    }

    /**
     * The bookings a calendar feed may hold: those with a date ending after {@code since}, in one room or for one
     * organisation or (with neither) all of them, public ones only if asked. The feed decides what to show of each.
     */
    public List<Booking> forCalendar(Long roomId, Long organisationId, boolean publicOnly, Instant since) {
        StringBuilder jpql = new StringBuilder("select b from Booking b where exists "
                + "(select o from Occurrence o where o.booking = b and o.endsAt > :since)");
        if (roomId != null) {
            jpql.append(" and b.room.id = :roomId");
        }
        if (organisationId != null) {
            jpql.append(" and b.organisation.id = :organisationId");
        }
        if (publicOnly) {
            jpql.append(" and b.visibility = community.hub.booking.Visibility.PUBLIC");
        }
        TypedQuery<Booking> query = entityManager.createQuery(jpql.toString(), Booking.class)
                .setParameter("since", since.getEpochSecond());
        if (roomId != null) {
            query.setParameter("roomId", roomId);
        }
        if (organisationId != null) {
            query.setParameter("organisationId", organisationId);
        }
        return query.getResultList();
    }

    /** What changed last among all bookings, and how many there are: a feed built before this changes is still right. */
    public String changeStamp() {
        Object[] stamp = entityManager.createQuery("select max(b.updatedAt), count(b) from Booking b", Object[].class).getSingleResult();
        return stamp[0] + "/" + stamp[1];
    }

    /** Public, confirmed dates between two instants, in time order: what's on. */
    public List<Occurrence> publicBetween(Instant from, Instant until) {
        return entityManager.createQuery("select o from Occurrence o where o.holdsRoom = true and o.startsAt < :until "
                        + "and o.endsAt > :from and o.booking.visibility = community.hub.booking.Visibility.PUBLIC "
                        + "and o.booking.status = community.hub.booking.BookingStatus.CONFIRMED order by o.startsAt", Occurrence.class)
                .setParameter("from", from.getEpochSecond()).setParameter("until", until.getEpochSecond()).getResultList();
    }

    /** An organisation's next dates holding rooms (confirmed or waiting for a decision), soonest first. */
    public List<Occurrence> upcomingOf(@NotNull Organisation organisation, Instant from, int most) {
        return entityManager.createQuery("select o from Occurrence o where o.holdsRoom = true and o.endsAt > :from "
                        + "and o.booking.organisation = :organisation order by o.startsAt", Occurrence.class)
                .setParameter("from", from.getEpochSecond()).setParameter("organisation", organisation)
                .setMaxResults(most).getResultList();
    }

    /** Requests waiting for staff to decide, oldest first. */
    public List<Booking> pending() {
        return entityManager.createQuery("select b from Booking b where b.status = community.hub.booking.BookingStatus.PENDING "
                + "order by b.createdAt", Booking.class).getResultList();
    }

    /** Every occurrence holding a room between two instants, across all rooms, in time order: for staff views of the day. */
    public List<Occurrence> holdingBetween(Instant from, Instant until) {
        return entityManager.createQuery("select o from Occurrence o where o.holdsRoom = true and o.startsAt < :until "
                        + "and o.endsAt > :from order by o.startsAt", Occurrence.class)
                .setParameter("from", from.getEpochSecond()).setParameter("until", until.getEpochSecond()).getResultList();
    }

    /**
     * Moves one date of a booking to another slot or room, checked like a new booking against everything else
     * holding that room. Calendars show it as an exception to the series. When the hub decides the organisation's
     * requests, moving a date of a confirmed booking is a request of its own, and the date stays where it is until the
     * hub approves it (see {@link Booking#requestDateMove}).
     *
     * @return the booking with the date moved, or the request to move it
     */
    public Booking moveOccurrence(long id, LocalDate seriesDate, long roomId, Slot slot, @NotNull Account by) {
        Booking booking = changeable(id, by);
        Room room = lockRooms(roomId, booking.getRoom().getId());
        booking.checkNoChangeWaiting();
        BookingRequest request = booking.asRequest();
        request.setRoomId(roomId);
        request.setStart(LocalDateTime.of(slot.date(), slot.start()));
        request.setEnd(LocalDateTime.of(slot.date(), slot.end()));
        request.setRecurrence(null);
        List<Slot> slots = BookingRules.slots(request);
        checkTenantRules(by, room, slots);
        BookingRules.check(request, room, slots, clock.instant());
        List<Clash> clashes = clashesIgnoring(room, slots, by, occurrence -> occurrence.getBooking().getId().equals(booking.getId())
                && occurrence.getSeriesDate().equals(seriesDate));
        if (!clashes.isEmpty()) {
            throw new ClashRefusal(clashes, false);
        }
        if (movesWait(booking, by)) {
            Booking asked = booking.requestDateMove(seriesDate, room, slot, by.getUsername(), clock.instant());
            entityManager.persist(asked);
            return asked;
        }
        booking.moveOccurrence(seriesDate, room, slot, by.getUsername(), clock.instant());
        return booking;
    }

    /**
     * The slots to book once the rules are kept: all of them, or only the free ones of a series that asks for that.
     *
     * @param goingAway occurrences already holding the room that this change gives up, so they do not count
     */
    private List<Slot> checkedFreeSlots(BookingRequest request, Room room, List<Slot> slots, Account by,
                                        Predicate<Occurrence> goingAway) {
        checkTenantRules(by, room, slots);
        BookingRules.check(request, room, slots, clock.instant());
        List<Clash> clashes = clashesIgnoring(room, slots, by, goingAway);
        if (clashes.isEmpty()) {
            return slots;
        }
        boolean series = request.getRecurrence() != null;
        List<Slot> free = BookingRules.free(slots, clashes);
        if (!series || !request.isOnlyFreeDates() || free.isEmpty()) {
            throw new ClashRefusal(clashes, series);
        }
        return free;
    }

    /** Clashes with what holds the room, leaving out the occurrences the change itself gives up. */
    private List<Clash> clashesIgnoring(Room room, List<Slot> slots, Account by, Predicate<Occurrence> goingAway) {
        Instant from = slots.get(0).startsAt();
        Instant until = slots.get(slots.size() - 1).endsAt().plusSeconds(60L * room.getTurnaroundMinutes());
        List<Occurrence> held = entityManager.createNamedQuery("Occurrence.holding", Occurrence.class)
                .setParameter(1, room.getId()).setParameter(2, Occurrence.earliestStartHolding(from))
                .setParameter(3, until.getEpochSecond()).setParameter(4, from.getEpochSecond()).getResultList().stream()
                .filter(goingAway.negate())
                .toList();
        List<Closure> closures = entityManager.createNamedQuery("Closure.affecting", Closure.class)
                .setParameter("room", room).setParameter("from", from.getEpochSecond())
                .setParameter("until", until.getEpochSecond()).getResultList();
        boolean staff = isStaff(by);
        return BookingRules.clashes(room, slots, held, closures,
                other -> other.isVisibleTo(by.getOrganisation(), staff) ? other.getTitle() : null);
    }

    private void checkTenantRules(Account by, Room room, List<Slot> slots) {
        if (isStaff(by)) {
            return;
        }
        if (!room.isBookableByTenants()) {
            throw Refusal.invalid("roomId", "booking.notForTenants", room.getName());
        }
        int window = by.getOrganisation().getBookingWindowDays();
        LocalDate last = slots.get(slots.size() - 1).date();
        if (last.isAfter(LocalDate.now(clock).plusDays(window))) {
            throw Refusal.invalid("start", "booking.beyondWindow", by.getOrganisation().getName(), window);
        }
    }

    private Organisation organisationFor(BookingRequest request, Account by) {
        if (!isStaff(by)) {
            if (request.getOrganisationId() != null && !request.getOrganisationId().equals(by.getOrganisation().getId())) {
                throw Refusal.invalid("organisationId", "booking.ownOrganisationOnly");
            }
            return by.getOrganisation();
        }
        if (request.getOrganisationId() == null) {
            return null;
        }
        Organisation organisation = entityManager.find(Organisation.class, request.getOrganisationId());
        if (organisation == null) {
            throw Refusal.invalid("organisationId", "booking.unknownOrganisation", request.getOrganisationId());
        }
        return organisation;
    }

    private static BookingStatus statusFor(Account by, Organisation organisation) {
        return isStaff(by) || organisation.isAutoApprove() ? BookingStatus.CONFIRMED : BookingStatus.PENDING;
    }

    /** Whether the change puts the booking in another room, or its dates still to come at other times or on other days. */
    private boolean moves(Booking booking, Room room, List<Slot> slots) {
        return !room.getId().equals(booking.getRoom().getId()) || !futureSlots(booking).equals(new HashSet<>(slots));
    }

    private Set<Slot> futureSlots(Booking booking) {
        Instant now = clock.instant();
        return booking.getOccurrences().stream().filter(occurrence -> occurrence.startsAt().isAfter(now))
                .map(Occurrence::slot).collect(Collectors.toSet());
    }

    /** Staff cancel for the hub; a tenant for its organisation, and late dates are still charged. */
    private Cancellation cancellation(Account by) {
        return isStaff(by) ? Cancellation.byHub(by.getUsername(), clock.instant())
                : new Cancellation(by.getUsername(), clock.instant(), true, cutOff.before());
    }

    /** Only hub staff decide on requests; to anyone else a request to decide is not there. */
    private Booking decidable(long id, Account by) {
        if (!isStaff(by)) {
            throw Refusal.notFound("booking.notFound", id);
        }
        return byId(id, by);
    }

    private Booking changeable(long id, Account by) {
        Booking booking = byId(id, by);
        if (!isStaff(by) && !booking.belongsTo(by.getOrganisation())) {
            throw Refusal.notFound("booking.notFound", id);
        }
        return booking;
    }

    private Room room(long id) {
        Room room = entityManager.find(Room.class, id);
        if (room == null) {
            throw Refusal.invalid("roomId", "booking.unknownRoom", id);
        }
        return room;
    }

    /** Locks two rooms in id order, so two changes moving bookings between the same rooms cannot deadlock. */
    private Room lockRooms(long wanted, long current) {
        if (current < wanted) {
            lockRoom(current);
        }
        Room room = lockRoom(wanted);
        if (current > wanted) {
            lockRoom(current);
        }
        return room;
    }

    /** The room row locked until the transaction ends: the one place bookings for a room queue up. */
    private Room lockRoom(long id) {
        return entityManager.createNamedQuery("Room.locked", Room.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.invalid("roomId", "booking.unknownRoom", id));
    }

    /**
     * Tells the rest of the hub (the booking emails) what hub staff decided about an organisation's booking, inside
     * this transaction. What an organisation does to its own bookings it knows already, so that is not news.
     */
    private void tellOrganisation(Booking booking, Account by, BookingNews what) {
        if (isStaff(by) && booking.getOrganisation() != null) {
            news.fire(what);
        }
    }

    private static boolean isStaff(Account account) {
        return account.getRole() == Role.ADMIN || account.getRole() == Role.STAFF;
    }
}
