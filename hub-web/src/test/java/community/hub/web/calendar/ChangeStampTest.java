package community.hub.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ChangeStampTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicInteger reads = new AtomicInteger();
    private final Deque<String> database = new ArrayDeque<>(List.of("s1", "s2", "s3"));
    private final ChangeStamp stamp = new ChangeStamp(
            () -> {
                reads.incrementAndGet();
                return database.pop();
            },
            1_000,
            now::get);

    @Test
    void theDatabaseIsAskedAtMostOnceASecond() {
        assertThat(stamp.read()).isEqualTo("s1#0");
        now.addAndGet(1_000);
        assertThat(stamp.read()).isEqualTo("s1#0");
        assertThat(reads).hasValue(1);
        now.addAndGet(1);
        assertThat(stamp.read()).isEqualTo("s2#0");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeCommittedHereIsSeenByTheNextRead() {
        stamp.read();
        stamp.changed();
        assertThat(stamp.ifCurrent()).isEmpty();
        assertThat(stamp.read()).isEqualTo("s2#1");
        assertThat(stamp.ifCurrent()).contains("s2#1");
    }

    @Test
    void aChangeCommittedHereChangesTheStampEvenWhenTheDatabaseSaysTheSame() {
        ChangeStamp same = new ChangeStamp(() -> "newest 5", 1_000, now::get);
        String before = same.read();
        same.changed(); // stamped with a clock set back, say: the newest change time stays as it was
        assertThat(same.read()).isNotEqualTo(before).startsWith("newest 5");
    }

    @Test
    void aYoungStampNamesTheSecondUntilItSettles() {
        assertThat(ChangeStamp.newest(10_000, 12_500, 30_000))
                .isEqualTo("10000~12")
                .isNotEqualTo(ChangeStamp.newest(10_000, 13_000, 30_000));
        assertThat(ChangeStamp.newest(10_000, 39_999, 30_000)).isEqualTo("10000~39");
        assertThat(ChangeStamp.newest(10_000, 40_000, 30_000))
                .isEqualTo("10000")
                .isEqualTo(ChangeStamp.newest(10_000, 90_000, 30_000));
    }

    @Test
    void aStampReadWhileAChangeWasCommittedIsReadAgainAfterIt() {
        AtomicReference<ChangeStamp> racing = new AtomicReference<>();
        AtomicInteger racingReads = new AtomicInteger();
        racing.set(new ChangeStamp(
                () -> {
                    if (racingReads.incrementAndGet() == 1) {
                        racing.get()
                                .changed(); // a commit's observer runs while this read is in flight: it may predate the
                        // commit
                    }
                    return "read " + racingReads.get();
                },
                1_000,
                now::get));
        assertThat(racing.get().read()).isEqualTo("read 1#0");
        assertThat(racing.get().ifCurrent()).isEmpty();
        assertThat(racing.get().read()).isEqualTo("read 2#1");
        assertThat(racing.get().ifCurrent()).contains("read 2#1");
    }

    @Test
    void nothingIsCurrentBeforeTheFirstReadOrOnceItIsOlderThanASecond() {
        assertThat(stamp.ifCurrent()).isEmpty();
        stamp.read();
        assertThat(stamp.ifCurrent()).contains("s1#0");
        now.addAndGet(1_001);
        assertThat(stamp.ifCurrent()).isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void requestsFindingTheStampOutOfDateWhileItIsReadWaitForThatRead() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        ChangeStamp slow = new ChangeStamp(
                () -> {
                    reads.incrementAndGet();
                    reading.countDown();
                    await(answer);
                    return "read " + reads.get();
                },
                1_000,
                now::get);
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = requests.submit(slow::read);
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicReference<Thread> secondThread = new AtomicReference<>();
            Future<String> second = requests.submit(() -> {
                secondThread.set(Thread.currentThread());
                return slow.read();
            });
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!blocked(secondThread.get()) && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
            assertThat(blocked(secondThread.get()))
                    .as("the second request waits for the first one's read")
                    .isTrue();
            answer.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("read 1#0");
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("read 1#0");
            assertThat(reads).hasValue(1);
        } finally {
            requests.shutdownNow();
        }
    }

    private static boolean blocked(Thread thread) {
        return thread != null && thread.getState() == Thread.State.BLOCKED;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
