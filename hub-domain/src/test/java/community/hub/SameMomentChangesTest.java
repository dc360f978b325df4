package community.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class SameMomentChangesTest {

    private static RuntimeException atCommit(Throwable cause) {
        RollbackException rolledBack = new RollbackException("Transaction marked for rollback.");
        rolledBack.initCause(cause);
        return new TransactionalException("encountered exception during commit", rolledBack);
    }

    @Test
    void aRecordChangedSinceItWasReadMetAnotherChange() {
        assertThat(SameMomentChanges.metAnotherChange(atCommit(new OptimisticLockException("version 3, not 2"))))
                .isTrue();
    }

    @Test
    void aLockNotHadInTimeADeadlockOrTheSameNewRecordTwiceMetAnotherChange() {
        assertThat(SameMomentChanges.metAnotherChange(
                        new PersistenceException(new SQLTransactionRollbackException("lock timeout", "40XL1"))))
                .isTrue();
        assertThat(SameMomentChanges.metAnotherChange(atCommit(new SQLException("deadlock", "40001"))))
                .isTrue();
        assertThat(SameMomentChanges.metAnotherChange(
                        atCommit(new SQLIntegrityConstraintViolationException("duplicate key", "23505"))))
                .isTrue();
    }

    @Test
    void aBrokenRuleARefusalOrAFaultIsNotAnotherChange() {
        assertThat(SameMomentChanges.metAnotherChange(
                        atCommit(new SQLIntegrityConstraintViolationException("check constraint", "23513"))))
                .as("a check the database makes is a fault of the hub's, not a race")
                .isFalse();
        assertThat(SameMomentChanges.metAnotherChange(Refusal.conflict("status", "booking.notPending")))
                .isFalse();
        assertThat(SameMomentChanges.metAnotherChange(new IllegalStateException("no room")))
                .isFalse();
    }
}
