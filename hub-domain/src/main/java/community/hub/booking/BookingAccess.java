package community.hub.booking;

import community.hub.account.Account;
import community.hub.organisation.Organisation;
import community.hub.room.Room;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see, change and decide a booking: the one place the hub says so, for services, pages and the API alike.
 * Hub staff (coordinators and the manager) see and change every booking and decide requests. A tenant sees and
 * changes its own organisation's bookings, and sees other organisations' public bookings once confirmed: a request,
 * pending, declined or called off before the hub confirmed it, is the asking organisation's own business whatever its
 * visibility (SPEC §3, invariant 5).
 */
public final class BookingAccess {

    /**
     * What another organisation's public booking may be in for a tenant to see it: confirmed, or confirmed and called off
     * ({@link Booking#wasConfirmed}: a request called off while it waited was never confirmed).
     */
    static final Set<BookingStatus> SHOWN_TO_OTHERS = Set.of(BookingStatus.CONFIRMED, BookingStatus.CANCELLED);

    private BookingAccess() {}

    /** Whether the account may see the booking's details; to anyone else it is not there. */
    public static boolean maySee(Account by, Booking booking) {
        return mayChange(by, booking)
                || booking.getActivity().getVisibility() == Visibility.PUBLIC
                        && SHOWN_TO_OTHERS.contains(booking.getStatus())
                        && booking.wasConfirmed();
    }

    /** Whether the account may change or cancel the booking: staff, or a member of its organisation. */
    public static boolean mayChange(Account by, Booking booking) {
        return by.isStaff() || booking.belongsTo(by.getOrganisation());
    }

    /** Whether the account may change the booking now: it may change it, and the booking still holds its room. */
    public static boolean mayChangeNow(Optional<Account> by, Booking booking) {
        return booking != null
                && booking.getStatus().holdsRoom()
                && by.map(account -> mayChange(account, booking)).orElse(false);
    }

    /** Whether the booking is a series with a date on the day, from which it may be changed on. */
    public static boolean isSeriesDate(Booking booking, LocalDate date) {
        return booking.getSeries().getRecurrence() != null
                && booking.dates().on(date).isPresent();
    }

    /** Whether the account may move the date now: it may change the booking now, and the date is neither called off nor begun. */
    public static boolean mayMoveNow(Optional<Account> by, Booking booking, Occurrence date, Instant now) {
        return mayCancelDateNow(by, booking, date, now);
    }

    /** Whether the account may call this date off now: it is theirs to change, not called off yet, and not begun. */
    public static boolean mayCancelDateNow(Optional<Account> by, Booking booking, Occurrence date, Instant now) {
        return mayChangeNow(by, booking)
                && !date.isCancelled()
                && date.startsAt().isAfter(now);
    }

    /**
     * Whether the account may change the series from this date on, now: it may move the date, and the date is one of a
     * series after its first (changing from the first is changing the whole booking), whose own slot has not begun.
     */
    public static boolean mayChangeFromNow(Optional<Account> by, Booking booking, Occurrence date, Instant now) {
        Series series = booking.getSeries();
        return mayMoveNow(by, booking, date, now)
                && series.getRecurrence() != null
                && date.getSeriesDate().isAfter(series.getFirstDate())
                && series.slotOn(date.getSeriesDate()).startsAt().isAfter(now);
    }

    /** Whether the account may approve or decline the booking now: staff, while it waits for a decision. */
    public static boolean mayDecideNow(Optional<Account> by, Booking booking) {
        return booking != null
                && booking.getStatus() == BookingStatus.PENDING
                && by.map(Account::isStaff).orElse(false);
    }

    /** Whether the account may book the room: staff any room in use, tenants those the hub lets them book. */
    public static boolean mayBook(Account by, Room room) {
        return by.isStaff() || room.isBookableByTenants();
    }

    /** Whether what the account books for the organisation waits for the hub: a tenant's, unless approved automatically. */
    public static boolean waitsForTheHub(Account by, Organisation organisation) {
        return !by.isStaff() && !organisation.isAutoApprove();
    }

    /** What the account calls off, and when: staff for the hub; a tenant for its organisation, late dates still charged. */
    static Cancellation cancellation(Account by, Instant at, CancellationCutOff cutOff) {
        return by.isStaff()
                ? Cancellation.byHub(by.getUsername(), at)
                : new Cancellation(by.getUsername(), at, true, cutOff.before());
    }
}
