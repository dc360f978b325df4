package community.hub.rota.store;

import community.hub.rota.EventShifts;
import community.hub.rota.Rota;
import community.hub.rota.RotaWeek;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Events booked in the café room get shifts on the rota: each date of such an event gets a shift with the places
 * {@link EventShifts} gives it, and loses it when the date is no longer booked. The rules of which events the café
 * staffs and with whom are {@link EventShifts}'; this keeps the weeks in step with the bookings.
 */
@ApplicationScoped
@Transactional
public class CafeEventService {

    /** The café's room: a closure of it closes the café, as a hub-wide closure does; an event booked in it gets shifts. */
    public static final String CAFE_ROOM = "cafe";

    @Inject
    private CafeEventBookings bookings;

    @Inject
    private RotaWeeks weeks;

    @Inject
    private CafeSettingsService settings;

    @Inject
    private WeekWriter writer;

    @Inject
    private Clock clock;

    /**
     * A booking was saved: if it is (or was) an event in the café room, every week already made that it touches gets
     * a shift for each of its dates from today on, and loses the shifts of dates no longer booked. Weeks not made yet
     * take the event when they are made. Runs in a transaction of its own, after the booking's has committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void followBooking(long bookingId) {
        List<LocalDate> datesInTheCafe = bookings.datesInTheCafe(bookingId);
        List<LocalDate> heldWeeks = bookings.weeksWithShiftsFor(bookingId);
        if (datesInTheCafe.isEmpty() && heldWeeks.isEmpty()) {
            return;
        }
        settings.holdSettings();
        LocalDate thisMonday = RotaWeek.containing(LocalDate.now(clock)).getMonday();
        Set<RotaWeek> touched = new TreeSet<>(Comparator.comparing(RotaWeek::getMonday));
        datesInTheCafe.forEach(date -> touched.add(RotaWeek.containing(date)));
        heldWeeks.forEach(monday -> touched.add(RotaWeek.containing(monday)));
        String by = bookings.lastChangedBy(bookingId);
        for (RotaWeek week : touched) {
            if (!week.getMonday().isBefore(thisMonday)) {
                weeks.idOf(week).ifPresent(id -> staffEvents(weeks.lock(id), by));
            }
        }
    }

    /** Makes the week's event shifts match the events booked in the café room that week, from today on. */
    public void staffEvents(StoredWeek stored, String by) {
        EventShifts events = settings.eventShifts();
        List<EventShifts.Held> held = stored.getShifts().stream()
                .map(CafeShift::asEventShift)
                .flatMap(Optional::stream)
                .toList();
        EventShifts.Plan plan = events.plan(bookings.eventsIn(stored.getWeek()), held, LocalDate.now(clock));
        if (plan.isNothingToDo()) {
            return;
        }
        Rota before = stored.toRota();
        for (EventShifts.Booked event : plan.toAdd()) {
            weeks.addShift(stored, new CafeShift(stored, events.shiftFor(event), event));
        }
        for (EventShifts.Booked event : plan.toRetime()) {
            stored.shift(EventShifts.keyFor(event)).orElseThrow().endAt(event.end());
        }
        String closed = EventShifts.closedReason(Locale.UK);
        plan.toClose().forEach(key -> stored.shift(key).orElseThrow().close(closed));
        writer.recordChanges(stored, before, stored.toRota(), by);
    }
}
