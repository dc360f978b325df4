package community.hub.attendance;

import java.util.Map;
import java.util.TreeMap;

/**
 * What was counted at one session: how many came, how many of them were new (unknown: null), and how many by audience
 * band (optional). Only numbers: the hub never records who came.
 */
public record Headcount(Integer count, Integer newCount, Map<String, Integer> byAudience) {

    public Headcount {
        byAudience = byAudience == null ? Map.of() : new TreeMap<>(byAudience);
    }

    public static Headcount of(int count) {
        return new Headcount(count, null, Map.of());
    }
}
