package community.hub.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FeedCacheTest {

    private static BuiltFeed feed(String text) {
        return BuiltFeed.of(text, Instant.EPOCH, "hub.ics", false);
    }

    @Test
    void thirtyTwoRequestsMissingTheSameFeedAtOnceBuildItOnceAndAllGetThatBuild() throws Exception {
        FeedCache cache = new FeedCache(1 << 20, 2, () -> {});
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch allAsking = new CountDownLatch(32);
        ExecutorService requests = Executors.newFixedThreadPool(32);
        try {
            List<Future<BuiltFeed>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(requests.submit(() -> {
                    allAsking.countDown();
                    allAsking.await();
                    return cache.get("hub", "stamp-1", () -> {
                        builds.incrementAndGet();
                        sleep(200);
                        return feed("BEGIN:VCALENDAR " + System.nanoTime());
                    });
                }));
            }
            Set<BuiltFeed> got = new HashSet<>();
            for (Future<BuiltFeed> answer : answers) {
                got.add(answer.get(10, TimeUnit.SECONDS));
            }

            assertThat(builds).hasValue(1);
            assertThat(got).hasSize(1);
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void aHitIsCountedEachTimeAFeedIsFoundBuiltAndNeverForABuild() {
        AtomicInteger hits = new AtomicInteger();
        FeedCache cache = new FeedCache(1 << 20, 2, hits::incrementAndGet);

        cache.get("hub", "stamp-1", () -> feed("one"));
        assertThat(hits).hasValue(0);
        cache.get("hub", "stamp-1", () -> feed("one again"));
        cache.ifPresent("hub", "stamp-1");
        cache.ifPresent("hub", "stamp-2");
        assertThat(hits).hasValue(2);
    }

    @Test
    void aNewStampBuildsAgainAndForgetsWhatTheOldOneBuilt() {
        FeedCache cache = new FeedCache(1 << 20, 2, () -> {});
        AtomicInteger builds = new AtomicInteger();

        BuiltFeed first = cache.get("hub", "stamp-1", () -> feed("one " + builds.incrementAndGet()));
        BuiltFeed again = cache.get("hub", "stamp-1", () -> feed("one " + builds.incrementAndGet()));
        BuiltFeed changed = cache.get("hub", "stamp-2", () -> feed("two " + builds.incrementAndGet()));

        assertThat(again).isSameAs(first);
        assertThat(changed).isNotSameAs(first);
        assertThat(builds).hasValue(2);
        assertThat(cache.bytesHeld()).isEqualTo(changed.body().length + changed.gzipped().length);
    }

    @Test
    void onlyAFeedBuiltUnderTheStampAskedForIsFoundWithoutBuilding() {
        FeedCache cache = new FeedCache(1 << 20, 2, () -> {});
        assertThat(cache.ifPresent("hub", "stamp-1")).isEmpty();

        BuiltFeed built = cache.get("hub", "stamp-1", () -> feed("one"));

        assertThat(cache.ifPresent("hub", "stamp-1")).containsSame(built);
        assertThat(cache.ifPresent("hub", "stamp-2")).isEmpty();
        assertThat(cache.ifPresent("hub|CLASS|null", "stamp-1")).isEmpty();
    }

    @Test
    void theCacheHoldsNoMoreBytesThanItsBound() {
        long bound = 200_000;
        FeedCache cache = new FeedCache(bound, 2, () -> {});
        for (int i = 0; i < 40; i++) {
            String big = "feed " + i + " " + "x".repeat(20_000) + i;
            cache.get("room-" + i, "stamp-1", () -> feed(big));
        }

        assertThat(cache.bytesHeld()).isPositive().isLessThanOrEqualTo(bound);
    }

    @Test
    void differentFeedsMissedAtOnceAreBuiltNoMoreThanTheBoundAtATime() throws Exception {
        FeedCache cache = new FeedCache(1 << 20, 2, () -> {});
        AtomicInteger building = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        ExecutorService requests = Executors.newFixedThreadPool(16);
        try {
            List<Future<BuiltFeed>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String key = "audience-" + i;
                answers.add(requests.submit(() -> cache.get(key, "stamp-1", () -> {
                    mostAtOnce.accumulateAndGet(building.incrementAndGet(), Math::max);
                    sleep(50);
                    building.decrementAndGet();
                    return feed(key);
                })));
            }
            for (Future<BuiltFeed> answer : answers) {
                answer.get(10, TimeUnit.SECONDS);
            }

            assertThat(mostAtOnce).hasValue(2);
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void aFailedBuildIsNotKeptAndTheNextRequestBuildsAgain() {
        FeedCache cache = new FeedCache(1 << 20, 2, () -> {});
        assertThatThrownBy(() -> cache.get("hub", "stamp-1", () -> {
                    throw new IllegalStateException("database away");
                }))
                .hasMessage("database away");

        assertThat(cache.get("hub", "stamp-1", () -> feed("built")).body())
                .asString()
                .isEqualTo("built");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }
}
