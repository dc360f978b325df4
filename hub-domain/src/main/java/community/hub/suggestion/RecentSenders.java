package community.hub.suggestion;

import community.hub.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many ideas and supports each network address sent in the last hour, in memory only (an address is never
 * stored): past a limit, more are refused until the hour has passed. It forgets an address whose hour has passed,
 * and holds at most {@code MOST_SENDERS} addresses, forgetting the least recent first.
 */
public final class RecentSenders {

    static final int MOST_SENDERS = 10_000;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Map<String, Deque<Instant>> sent = new LinkedHashMap<>(16, 0.75f, true);

    public RecentSenders(int perHour) {
        this.perHour = perHour;
    }

    /** Counts one more from this sender, or refuses it when they have sent their hour's share already. */
    public synchronized void count(String sender, Instant now) {
        forgetBefore(now.minus(WINDOW));
        Deque<Instant> times = sent.computeIfAbsent(sender == null ? "" : sender, key -> new ArrayDeque<>());
        if (times.size() >= perHour) {
            throw Refusal.tooMany(null, "suggestion.limit.network");
        }
        times.addLast(now);
        if (sent.size() > MOST_SENDERS) {
            Iterator<String> oldest = sent.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private void forgetBefore(Instant start) {
        for (Iterator<Deque<Instant>> senders = sent.values().iterator(); senders.hasNext(); ) {
            Deque<Instant> times = senders.next();
            while (!times.isEmpty() && times.peekFirst().isBefore(start)) {
                times.removeFirst();
            }
            if (times.isEmpty()) {
                senders.remove();
            }
        }
    }
}
