package community.hub.rota.store;

import community.hub.booking.Closure;
import community.hub.booking.ClosureService;
import community.hub.rota.CafeHours;
import community.hub.rota.ShiftPattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** When the café is open: its usual week, less the days the hub or the café's room is closed. */
@ApplicationScoped
public class CafeOpening {

    @Inject
    private CafeSettingsService settings;

    @Inject
    private ClosureService closures;

    /** The days from {@code first} to {@code last} (both included) the café is open, with its hours. */
    public List<CafeHours> between(LocalDate first, LocalDate last) {
        ShiftPattern usualWeek = new ShiftPattern(settings.pattern());
        Map<LocalDate, String> closed = closedDays(first, last);
        return first.datesUntil(last.plusDays(1))
                .filter(day -> !closed.containsKey(day))
                .map(usualWeek::hoursOn)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The days from {@code first} to {@code last} the hub, or the café's room, is closed, with the closure's reason. */
    public Map<LocalDate, String> closedDays(LocalDate first, LocalDate last) {
        Map<LocalDate, String> closed = new HashMap<>();
        for (Closure closure : closures.between(first, last)) {
            if (closure.getRoom() == null
                    || CafeEventService.CAFE_ROOM.equals(closure.getRoom().getSlug())) {
                closure.getFirstDay()
                        .datesUntil(closure.getLastDay().plusDays(1))
                        .filter(day -> !day.isBefore(first) && !day.isAfter(last))
                        .forEach(day -> closed.putIfAbsent(day, closure.getReason()));
            }
        }
        return closed;
    }
}
