package community.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** When a change is tried again: only after the database rolled it back for a passing reason, a few times at most. */
class RollbackRetryTest {

    private static RuntimeException rolledBack(String sqlState) {
        return new IllegalStateException(
                "commit failed",
                new RuntimeException(
                        "flush failed",
                        new SQLTransactionRollbackException(
                                "A lock could not be obtained within the time requested", sqlState)));
    }

    @Test
    void aLockTimeoutOrDeadlockIsTriedAgainAndTheSecondAttemptCounts() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        Object result = RollbackRetry.attempts(
                () -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw rolledBack("40XL1");
                    }
                    return "booked";
                },
                "book");

        assertThat(result).isEqualTo("booked");
        assertThat(attempts).hasValue(2);
        assertThat(RollbackRetry.rolledBackForAPassingReason(rolledBack("40001")))
                .as("deadlock")
                .isTrue();
        assertThat(RollbackRetry.rolledBackForAPassingReason(rolledBack("40P01")))
                .as("PostgreSQL deadlock")
                .isTrue();
    }

    @Test
    void aRefusalOrAnotherDatabaseErrorIsNeverTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> RollbackRetry.attempts(
                        () -> {
                            attempts.incrementAndGet();
                            throw Refusal.conflict("start", "booking.clashes.once", 1);
                        },
                        "book"))
                .isInstanceOf(Refusal.class);
        assertThat(attempts).hasValue(1);
        assertThat(RollbackRetry.rolledBackForAPassingReason(
                        new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(RollbackRetry.rolledBackForAPassingReason(new RuntimeException("no database involved")))
                .isFalse();
    }

    @Test
    void itGivesUpAfterItsAttemptsWithTheLastFailure() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> RollbackRetry.attempts(
                        () -> {
                            attempts.incrementAndGet();
                            throw rolledBack("40XL1");
                        },
                        "book"))
                .hasRootCauseInstanceOf(SQLTransactionRollbackException.class);
        assertThat(attempts).hasValue(RollbackRetry.ATTEMPTS);
    }
}
