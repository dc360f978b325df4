package community.hub.booking;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.organisation.Organisation;
import community.hub.room.Room;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * What every booking or change is checked against before anything is saved, inside the caller's transaction: the
 * room's lock (the one place bookings for a room queue up, across every server sharing the database), the rules of
 * {@link BookingRules}, the tenant's own limits, and what already holds the room or closes it.
 */
@Dependent
class BookingChecks {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private DatesHoldingRooms holding;

    @Inject
    private Clock clock;

    /**
     * The slots to book once the rules are kept: all of them, or only the free ones of a series that asks for that.
     *
     * @param goingAway occurrences already holding the room that this change gives up, so they do not count
     */
    List<Slot> freeSlots(
            BookingRequest request, Room room, List<Slot> slots, Account by, Predicate<Occurrence> goingAway) {
        return freeSlots(request, room, slots, by, goingAway, clock.instant());
    }

    /** {@link #freeSlots} as the hub would have answered at {@code asOf}. */
    List<Slot> freeSlots(
            BookingRequest request,
            Room room,
            List<Slot> slots,
            Account by,
            Predicate<Occurrence> goingAway,
            Instant asOf) {
        checkTenantRules(by, room, slots);
        BookingRules.check(request, room, slots, asOf);
        List<Clash> clashes = clashesOnceChecked(room, slots, by, goingAway);
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

    /** Every clash the slots would meet once the rules are kept, leaving out the occurrences the change gives up. */
    List<Clash> clashes(
            BookingRequest request, Room room, List<Slot> slots, Account by, Predicate<Occurrence> goingAway) {
        checkTenantRules(by, room, slots);
        BookingRules.check(request, room, slots, clock.instant());
        return clashesOnceChecked(room, slots, by, goingAway);
    }

    private List<Clash> clashesOnceChecked(Room room, List<Slot> slots, Account by, Predicate<Occurrence> goingAway) {
        Instant from = slots.get(0).startsAt();
        Instant until = slots.get(slots.size() - 1).endsAt().plusSeconds(60L * room.getTurnaroundMinutes());
        List<Occurrence> held = holding.holding(room, from, until).stream()
                .filter(goingAway.negate())
                .toList();
        List<Closure> closures = entityManager
                .createNamedQuery("Closure.affecting", Closure.class)
                .setParameter("room", room)
                .setParameter("from", from.getEpochSecond())
                .setParameter("until", until.getEpochSecond())
                .getResultList();
        return BookingRules.clashes(
                room,
                slots,
                held,
                closures,
                other -> BookingAccess.maySee(by, other) ? other.getActivity().getTitle() : null);
    }

    private void checkTenantRules(Account by, Room room, List<Slot> slots) {
        if (!BookingAccess.mayBook(by, room)) {
            throw Refusal.invalid("roomId", "booking.notForTenants", room.getName());
        }
        if (by.isStaff()) {
            return;
        }
        int window = by.getOrganisation().getBookingWindowDays();
        LocalDate last = slots.get(slots.size() - 1).date();
        if (last.isAfter(LocalDate.now(clock).plusDays(window))) {
            throw Refusal.invalid(
                    "start", "booking.beyondWindow", by.getOrganisation().getName(), window);
        }
    }

    /** The organisation a request books for: a tenant's own, or the one staff name (none: the hub books for itself). */
    Organisation organisationFor(BookingRequest request, Account by) {
        if (!by.isStaff()) {
            if (request.getOrganisationId() != null
                    && !request.getOrganisationId().equals(by.getOrganisation().getId())) {
                throw Refusal.invalid("organisationId", "booking.ownOrganisationOnly");
            }
            return stillWithTheHub(by.getOrganisation());
        }
        if (request.getOrganisationId() == null) {
            return null;
        }
        Organisation organisation = entityManager.find(Organisation.class, request.getOrganisationId());
        if (organisation == null) {
            throw Refusal.invalid("organisationId", "booking.unknownOrganisation", request.getOrganisationId());
        }
        return stillWithTheHub(organisation);
    }

    /** An organisation that has left the hub (retired) books nothing new, by page or by API. */
    private static Organisation stillWithTheHub(Organisation organisation) {
        if (organisation.isRetired()) {
            throw Refusal.invalid("organisationId", "booking.organisationRetired", organisation.getName());
        }
        return organisation;
    }

    /** The room, unlocked: for previews, which save nothing. */
    Room room(long id) {
        Room room = entityManager.find(Room.class, id);
        if (room == null) {
            throw Refusal.invalid("roomId", "booking.unknownRoom", id);
        }
        return room;
    }

    /** Locks two rooms in id order, so two changes moving bookings between the same rooms cannot deadlock. */
    Room lockRooms(long wanted, long current) {
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
    Room lockRoom(long id) {
        return entityManager
                .createNamedQuery("Room.locked", Room.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Refusal.invalid("roomId", "booking.unknownRoom", id));
    }
}
