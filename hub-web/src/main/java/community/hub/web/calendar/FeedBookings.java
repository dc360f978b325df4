package community.hub.web.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import community.hub.booking.Booking;
import community.hub.booking.Bookings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookings each feed was last built from, kept so that a feed built again after a change reads only the bookings
 * changed since, not every booking in it: with a year of public bookings that is one booking instead of two thousand,
 * each with its dates and audience (bench/README.md [9]).
 *
 * <p>A kept list is brought up to date in two looks at the database, neither of which grows with what else it
 * holds: when each kept booking last changed, by id (one that changed, or is gone, leaves the list: a move request is
 * deleted once its move is made), and the bookings the feed would now hold that changed since a little before the
 * list was read ({@link #SETTLE}: a change is stamped before its transaction commits, so one committed after the list
 * was read may carry an earlier time). Dates that ended leave the list as time passes. A list is read whole again
 * every {@link #READ_WHOLE_EVERY}, and whenever the clock reads earlier than when it was read.
 */
@ApplicationScoped
public class FeedBookings {

    /** Longer than any booking's transaction takes from its change to its commit. */
    private static final Duration SETTLE = Duration.ofSeconds(30);

    /** However rare a change that slips past both looks, a feed shows it within this long. */
    private static final Duration READ_WHOLE_EVERY = Duration.ofMinutes(10);

    /** Bookings and their dates kept, over every feed: a year of the hub's public bookings is about 20,000. */
    private static final long MOST_KEPT = 200_000;

    /** Which bookings a feed is built from (see {@link Bookings#forCalendar}). */
    record Asked(Long roomId, Long organisationId, boolean publicOnly) {}

    private record Kept(Map<Long, Booking> bookings, Instant readAt, Instant wholeAt) {
        int weight() {
            return bookings.values().stream()
                    .mapToInt(booking -> 1 + booking.getOccurrences().size())
                    .sum();
        }
    }

    @Inject
    private Bookings bookings;

    @Inject
    private Clock clock;

    private final Cache<Asked, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(MOST_KEPT)
            .<Asked, Kept>weigher((asked, list) -> list.weight())
            .build();

    /**
     * What {@link Bookings#forCalendar} finds now, from the list kept for the same feed brought up to date. Feeds are
     * built a few at a time, and two builds of one feed at once simply both read it.
     */
    public List<Booking> of(Asked asked, Instant since) {
        Instant now = clock.instant();
        Kept known = kept.getIfPresent(asked);
        Kept fresh = known == null
                        || now.isBefore(known.readAt())
                        || !now.isBefore(known.wholeAt().plus(READ_WHOLE_EVERY))
                ? whole(asked, since, now)
                : updated(known, asked, since, now);
        kept.put(asked, fresh);
        return List.copyOf(fresh.bookings().values());
    }

    private Kept whole(Asked asked, Instant since, Instant now) {
        Map<Long, Booking> found = new LinkedHashMap<>();
        bookings.forCalendar(asked.roomId(), asked.organisationId(), asked.publicOnly(), since)
                .forEach(booking -> found.put(booking.getId(), booking));
        return new Kept(found, now, now);
    }

    private Kept updated(Kept known, Asked asked, Instant since, Instant now) {
        Map<Long, Long> stored =
                bookings.changeTimes(List.copyOf(known.bookings().keySet()));
        Map<Long, Booking> list = new LinkedHashMap<>();
        long changedAfter = known.readAt().minus(SETTLE).toEpochMilli();
        for (Booking booking : known.bookings().values()) {
            Long changedAt = stored.get(booking.getId());
            if (changedAt == null) {
                continue;
            }
            if (changedAt == booking.getUpdatedAt().toEpochMilli()) {
                list.put(booking.getId(), booking);
            } else {
                // changed, and stamped however long ago: read again with the rest
                changedAfter = Math.min(changedAfter, changedAt - 1);
            }
        }
        bookings.forCalendarChangedAfter(
                        asked.roomId(),
                        asked.organisationId(),
                        asked.publicOnly(),
                        since,
                        Instant.ofEpochMilli(changedAfter))
                .forEach(booking -> list.put(booking.getId(), booking));
        list.values()
                .removeIf(booking -> !Bookings.forCalendar(
                        booking, asked.roomId(), asked.organisationId(), asked.publicOnly(), since));
        return new Kept(list, now, known.wholeAt());
    }
}
