package community.hub.report;

import community.hub.booking.ClosureService;
import community.hub.room.Room;
import community.hub.room.RoomService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Staff reports on how the hub is used: room utilisation per week, and sessions, hours and attendance. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    @Inject
    private UsedSessions sessions;

    @Inject
    private RoomService rooms;

    @Inject
    private ClosureService closures;

    @Inject
    private Clock clock;

    /** Each room in use (or used in the period) per ISO week of the period. */
    public List<RoomWeek> utilisation(@NotNull ReportPeriod period) {
        List<UsedSession> used = sessions.between(period, clock.instant());
        Set<Long> usedRooms = used.stream().map(UsedSession::roomId).collect(Collectors.toSet());
        List<Room> shown = rooms.all().stream()
                .filter(room -> !room.isRetired() || usedRooms.contains(room.getId()))
                .toList();
        return Utilisation.of(shown, closures.between(period.from(), period.to()), used, period);
    }

    /** Sessions that took place in the period, with their hours and attendance, by activity, organisation and month. */
    public ActivityFigures activity(@NotNull ReportPeriod period) {
        return ActivityFigures.of(period, sessions.between(period, clock.instant()));
    }
}
