package community.hub.web.calendar;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeStampTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicInteger reads = new AtomicInteger();
    private final Deque<String> database = new ArrayDeque<>(List.of("s1", "s2", "s3"));
    private final ChangeStamp stamp = new ChangeStamp(() -> {
        reads.incrementAndGet();
        return database.pop();
    }, 1_000, now::get);

    @Test
    void theDatabaseIsAskedAtMostOnceASecond() {
        assertThat(stamp.read()).isEqualTo("s1");
        now.addAndGet(1_000);
        assertThat(stamp.read()).isEqualTo("s1");
        assertThat(reads).hasValue(1);
        now.addAndGet(1);
        assertThat(stamp.read()).isEqualTo("s2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeCommittedHereIsSeenByTheNextRead() {
        stamp.read();
        stamp.changed();
        assertThat(stamp.ifCurrent()).isEmpty();
        assertThat(stamp.read()).isEqualTo("s2");
        assertThat(stamp.ifCurrent()).contains("s2");
    }

    @Test
    void aStampReadWhileAChangeWasCommittedIsReadAgainAfterIt() {
        AtomicReference<ChangeStamp> racing = new AtomicReference<>();
        AtomicInteger racingReads = new AtomicInteger();
        racing.set(new ChangeStamp(() -> {
            if (racingReads.incrementAndGet() == 1) {
                racing.get().changed(); // a commit's observer runs while this read is in flight: it may predate the commit
            }
            return "read " + racingReads.get();
        }, 1_000, now::get));
        assertThat(racing.get().read()).isEqualTo("read 1");
        assertThat(racing.get().ifCurrent()).isEmpty();
        assertThat(racing.get().read()).isEqualTo("read 2");
        assertThat(racing.get().ifCurrent()).contains("read 2");
    }

    @Test
    void nothingIsCurrentBeforeTheFirstReadOrOnceItIsOlderThanASecond() {
        assertThat(stamp.ifCurrent()).isEmpty();
        stamp.read();
        assertThat(stamp.ifCurrent()).contains("s1");
        now.addAndGet(1_001);
        assertThat(stamp.ifCurrent()).isEmpty();
        assertThat(reads).hasValue(1);
    }
}
