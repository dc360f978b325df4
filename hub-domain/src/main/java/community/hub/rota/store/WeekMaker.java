package community.hub.rota.store;

import community.hub.account.Account;
import community.hub.rota.EventShifts;
import community.hub.rota.Rota;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import community.hub.rota.ShiftPattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a week of the rota from the weekly pattern the first time anyone changes it, with the shifts on days the hub or
 * the café is closed marked closed, and readies a week for a change: locked, with its events and closures brought up to date.
 */
@ApplicationScoped
public class WeekMaker {

    @Inject
    private RotaWeeks weeks;

    @Inject
    private CafeSettingsService settings;

    @Inject
    private CafeEventBookings bookings;

    @Inject
    private CafeEventService events;

    @Inject
    private WeekWriter writer;

    @Inject
    private CafeOpening opening;

    @Inject
    private Clock clock;

    /**
     * The week's id, making the week from the pattern if nobody changed it before. Whoever makes a week first holds
     * the settings row meanwhile, so two requests never make the same week twice.
     */
    private long idOf(RotaWeek week) {
        Optional<Long> existing = weeks.idOf(week);
        if (existing.isPresent()) {
            return existing.get();
        }
        settings.holdSettings();
        existing = weeks.idOf(week);
        if (existing.isPresent()) {
            return existing.get();
        }
        StoredWeek made = planned(week);
        weeks.add(made);
        return made.getId();
    }

    /**
     * The week as it would be made now, kept nowhere: the weekly pattern's shifts, a shift for each event booked in the
     * café room from today on, and the shifts of closed days closed. Looking at a week nobody needed yet makes nothing;
     * the first change makes it like this.
     */
    public StoredWeek planned(RotaWeek week) {
        StoredWeek made = new StoredWeek(week);
        for (Shift shift : new ShiftPattern(settings.pattern()).shiftsFor(week)) {
            made.add(new CafeShift(made, shift, false, null));
        }
        EventShifts eventShifts = settings.eventShifts();
        for (EventShifts.Booked event : eventShifts
                .plan(bookings.eventsIn(week), List.of(), LocalDate.now(clock))
                .toAdd()) {
            made.add(new CafeShift(made, eventShifts.shiftFor(event), event));
        }
        Map<LocalDate, String> closed = closedDays(week);
        made.getShifts().stream()
                .filter(shift -> closed.containsKey(shift.getDate()))
                .forEach(shift -> shift.close(closed.get(shift.getDate())));
        return made;
    }

    /** The week's row locked until the transaction ends, made first if need be: the one place changes to a week queue up. */
    public StoredWeek lockedForChange(RotaWeek week, Account by) {
        StoredWeek stored = weeks.lock(idOf(week));
        events.staffEvents(stored, by.getUsername());
        closeNewlyClosedDays(stored, by);
        return stored;
    }

    /** The days of the week the hub, or the café's room, is closed, with the closure's reason. */
    private Map<LocalDate, String> closedDays(RotaWeek week) {
        return opening.closedDays(week.getMonday(), week.getMonday().plusDays(6));
    }

    /** A closure added after the week was made closes its shifts now; whoever was on them is taken off. */
    private void closeNewlyClosedDays(StoredWeek stored, Account by) {
        Map<LocalDate, String> closed = closedDays(stored.getWeek());
        List<CafeShift> closing = stored.getShifts().stream()
                .filter(shift -> !shift.isClosed() && closed.containsKey(shift.getDate()))
                .toList();
        if (closing.isEmpty()) {
            return;
        }
        Rota before = stored.toRota();
        closing.forEach(shift -> shift.close(closed.get(shift.getDate())));
        writer.recordChanges(stored, before, stored.toRota(), by.getUsername());
    }
}
