package community.hub.report;

import community.hub.HubTime;
import community.hub.booking.Closure;
import community.hub.room.OpeningHours;
import community.hub.room.Room;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.threeten.extra.YearWeek;

/**
 * How much of each room's open time was booked, per ISO week. Open time is the room's opening hours on each day of the
 * period, in real minutes, with the days a closure covers (of the room or the whole hub) taken out. Booked time is the
 * real length of each confirmed session on those days; the turnaround after it (cleaning, setting up) is not use. A
 * week cut by the period counts only its days inside it.
 */
public final class Utilisation {

    private Utilisation() {}

    public static List<RoomWeek> of(
            List<Room> rooms, List<Closure> closures, List<UsedSession> sessions, ReportPeriod period) {
        Map<LocalDate, String> weekOf = new HashMap<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            weekOf.put(day, isoWeek(day));
        }
        Map<Long, List<UsedSession>> byRoom = sessions.stream()
                .filter(session -> period.contains(session.date()))
                .collect(Collectors.groupingBy(UsedSession::roomId));
        List<RoomWeek> weeks = new ArrayList<>();
        for (Room room : rooms) {
            Map<String, long[]> byWeek = new LinkedHashMap<>();
            for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
                byWeek.computeIfAbsent(weekOf.get(day), week -> new long[2])[0] += openMinutes(room, day, closures);
            }
            for (UsedSession session : byRoom.getOrDefault(room.getId(), List.of())) {
                byWeek.get(weekOf.get(session.date()))[1] += session.minutes();
            }
            byWeek.forEach((week, minutes) ->
                    weeks.add(new RoomWeek(room.getId(), room.getName(), week, minutes[0], minutes[1])));
        }
        return weeks;
    }

    /** The minutes the room is open on the day, in real time; none on a day a closure covers. */
    static long openMinutes(Room room, LocalDate day, List<Closure> closures) {
        if (closures.stream().anyMatch(closure -> closure.appliesTo(room) && closure.covers(day))) {
            return 0;
        }
        Optional<OpeningHours> hours = room.openOn(day.getDayOfWeek());
        return hours.map(open -> Duration.between(
                                HubTime.instant(day, open.getOpens()), HubTime.instant(day, open.getCloses()))
                        .toMinutes())
                .orElse(0L);
    }

    /** The ISO week of the day, written like 2027-W09. */
    public static String isoWeek(LocalDate day) {
        return YearWeek.from(day).toString();
    }
}
