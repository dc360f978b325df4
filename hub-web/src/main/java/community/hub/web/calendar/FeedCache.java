package community.hub.web.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Built feeds kept in memory, each under what it was built from (its stamp). However many requests miss the same
 * feed at the same moment, as calendar apps do just after a booking changes, it is built once and the others wait
 * for that build: a year's feed built by 32 requests at once used to exhaust the hub's 256 MB heap. Different feeds
 * are built only a few at a time for the same reason (each build reads every booking it covers). The cache is
 * bounded by the bytes it holds, not by a count of feeds, since one feed can be a thousand times bigger than another.
 */
final class FeedCache {

    private final Cache<String, BuiltFeed> feeds;
    private final Semaphore builders;
    private final Runnable hit;
    private volatile String stamp = "";

    /** @param hit told each time a feed is found built (for the metrics) */
    FeedCache(long mostBytes, int mostBuildsAtOnce, Runnable hit) {
        this.hit = hit;
        builders = new Semaphore(mostBuildsAtOnce, true);
        feeds = Caffeine.newBuilder()
                .maximumWeight(mostBytes)
                .weigher((String key, BuiltFeed feed) -> feed.body().length + feed.gzipped().length)
                .build();
    }

    /** The feed under this key as of this stamp, built by {@code build} only if no one has built it yet. */
    BuiltFeed get(String key, String stamp, Supplier<BuiltFeed> build) {
        if (!stamp.equals(this.stamp)) {
            this.stamp = stamp;
            feeds.invalidateAll();
        }
        boolean[] built = {false};
        BuiltFeed feed = feeds.get(key + "@" + stamp, unused -> {
            built[0] = true;
            return buildInTurn(build);
        });
        if (!built[0]) {
            hit.run();
        }
        return feed;
    }

    /** The feed under this key as of this stamp, if it has been built. */
    Optional<BuiltFeed> ifPresent(String key, String stamp) {
        Optional<BuiltFeed> feed = Optional.ofNullable(feeds.getIfPresent(key + "@" + stamp));
        feed.ifPresent(found -> hit.run());
        return feed;
    }

    private BuiltFeed buildInTurn(Supplier<BuiltFeed> build) {
        builders.acquireUninterruptibly();
        try {
            return build.get();
        } finally {
            builders.release();
        }
    }

    /** The bytes held now, counting only what eviction has already settled. */
    long bytesHeld() {
        feeds.cleanUp();
        return feeds.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }
}
