package community.hub.errands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ErrandsTest {

    @Test
    void beyondTheMostThatMayWaitAnErrandIsRefusedAndNothingQueued() {
        Errands errands = new Errands();
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < Errands.MOST_WAITING; i++) {
            assertThat(errands.later("errand " + i, done::incrementAndGet)).isTrue();
        }
        assertThat(errands.later("one too many", done::incrementAndGet)).isFalse();
        assertThat(done).as("nothing is done before the hub starts its errands").hasValue(0);
    }

    @Test
    void anErrandThatFailsEvenWithAnErrorLeavesTheNextOnesToBeDone() {
        Errands errands = new Errands();
        AtomicInteger done = new AtomicInteger();
        errands.later("fails", () -> {
            throw new IllegalStateException("no room on the disk");
        });
        errands.later("fails harder", () -> {
            throw new NoClassDefFoundError("a class gone after a bad upgrade");
        });
        errands.later("works", done::incrementAndGet);

        errands.runWaiting();

        assertThat(done).as("the errand after the failed ones is done").hasValue(1);
        errands.later("works again", done::incrementAndGet);
        errands.runWaiting();
        assertThat(done).hasValue(2);
    }
}
