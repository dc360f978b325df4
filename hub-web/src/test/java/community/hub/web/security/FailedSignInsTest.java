package community.hub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

    private final FailedSignIns failedSignIns = new FailedSignIns();
    private final Instant start = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void aUsernameIsHeldAfterTooManyWrongPasswordsAndFreedWhenTheHoldIsOver() {
        for (int i = 1; i < FailedSignIns.MOST_FAILURES; i++) {
            failedSignIns.failed("staff", start.plusSeconds(i));
        }
        assertThat(failedSignIns.heldUntil("staff", start.plusSeconds(30))).isEmpty();

        Instant last = start.plusSeconds(40);
        failedSignIns.failed("staff", last);
        assertThat(failedSignIns.heldUntil("staff", last)).contains(last.plus(FailedSignIns.HOLD));
        assertThat(failedSignIns.heldUntil("STAFF ", last.plusSeconds(1)))
                .as("the same username however typed")
                .isPresent();
        assertThat(failedSignIns.heldUntil("admin", last))
                .as("only that username")
                .isEmpty();
        assertThat(failedSignIns.heldUntil("staff", last.plus(FailedSignIns.HOLD)))
                .isEmpty();
    }

    @Test
    void wrongPasswordsSpreadBeyondTheWindowAreNotHeld() {
        Instant at = start;
        for (int i = 0; i < FailedSignIns.MOST_FAILURES * 2; i++) {
            failedSignIns.failed("tenant", at);
            at = at.plus(FailedSignIns.WINDOW.dividedBy(FailedSignIns.MOST_FAILURES - 1));
            assertThat(failedSignIns.heldUntil("tenant", at))
                    .as("failure %d", i)
                    .isEmpty();
        }
    }

    @Test
    void theRightPasswordStartsTheCountAgain() {
        for (int i = 1; i < FailedSignIns.MOST_FAILURES; i++) {
            failedSignIns.failed("volunteer", start);
        }
        failedSignIns.succeeded("volunteer");
        failedSignIns.failed("volunteer", start);
        assertThat(failedSignIns.heldUntil("volunteer", start)).isEmpty();
    }

    @Test
    void afterAHoldTheCountStartsAgain() {
        for (int i = 0; i < FailedSignIns.MOST_FAILURES; i++) {
            failedSignIns.failed("admin", start);
        }
        Instant after = start.plus(FailedSignIns.HOLD);
        failedSignIns.failed("admin", after);
        assertThat(failedSignIns.heldUntil("admin", after)).isEmpty();
    }

    @Test
    void waitsAreReadInWholeMinutesRoundedUp() {
        assertThat(FailedSignIns.minutes(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(FailedSignIns.minutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(FailedSignIns.minutes(Duration.ofMinutes(15))).isEqualTo(15);
        assertThat(FailedSignIns.minutes(Duration.ZERO)).isEqualTo(1);
    }
}
