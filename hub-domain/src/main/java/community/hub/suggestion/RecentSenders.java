package community.hub.suggestion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import community.hub.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How many ideas and supports each network address sent in the last hour, in memory only (an address is never
 * stored): past a limit, more are refused until the hour has passed. It forgets an address not heard from for an hour,
 * and holds at most {@code MOST_SENDERS} addresses.
 */
public final class RecentSenders {

    static final int MOST_SENDERS = 10_000;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Cache<String, Deque<Instant>> sent = Caffeine.newBuilder()
            .maximumSize(MOST_SENDERS)
            .expireAfterAccess(WINDOW)
            .build();

    public RecentSenders(int perHour) {
        this.perHour = perHour;
    }

    /** Counts one more from this sender, or refuses it when they have sent their hour's share already. */
    public void count(String sender, Instant now) {
        Instant start = now.minus(WINDOW);
        boolean[] refused = {false};
        sent.asMap().compute(sender == null ? "" : sender, (key, known) -> {
            Deque<Instant> times = known == null ? new ArrayDeque<>() : known;
            while (!times.isEmpty() && times.peekFirst().isBefore(start)) {
                times.removeFirst();
            }
            if (times.size() >= perHour) {
                refused[0] = true;
            } else {
                times.addLast(now);
            }
            return times;
        });
        if (refused[0]) {
            throw Refusal.tooMany(null, "suggestion.limit.network");
        }
    }

    /** How many senders it holds now. */
    long senders() {
        sent.cleanUp();
        return sent.estimatedSize();
    }
}
