package community.hub;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Tries a change again when the database rolled its transaction back for a reason that passes: a lock it could
 * not get in time, a deadlock, a serialization failure (SQLState class 40, in Derby and PostgreSQL alike).
 * A rolled-back attempt saved nothing, and the next one starts from scratch, taking the room lock and checking
 * every rule again, so trying again keeps every invariant; a refusal is never tried again.
 * <p>
 * It runs outside the transaction (before {@code @Transactional}), and only when the caller has no transaction of
 * its own: inside one, that transaction is lost with the failure, and the failure is the caller's to handle.
 * Embedded Derby needs it under load: when its index-statistics daemon refreshes a busy table, an insert running
 * at that moment can time out on the identity column's value generator (40XL1).
 */
@RetriedWhenRolledBack
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RollbackRetry {

    /** Attempts in all, the first one included. */
    static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(RollbackRetry.class.getName());

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object tryAgainWhenRolledBack(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        return attempts(invocation::proceed, invocation.getMethod().getName());
    }

    static Object attempts(Callable<Object> change, String what) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.call();
            } catch (Exception failure) {
                if (attempt >= ATTEMPTS || !rolledBackForAPassingReason(failure)) {
                    throw failure;
                }
                int tried = attempt;
                LOG.info(() -> what + ": the database rolled attempt " + tried + " back (" + sqlState(failure)
                        + "); trying again");
                Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
            }
        }
    }

    /** True when a database exception with an SQLState of class 40 (transaction rollback) caused the failure. */
    static boolean rolledBackForAPassingReason(Throwable failure) {
        String state = sqlState(failure);
        return state != null && state.startsWith("40");
    }

    /** The SQLState of the first database exception among the failure and its causes, if any. */
    static String sqlState(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
