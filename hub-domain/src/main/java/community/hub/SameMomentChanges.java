package community.hub;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * A change that met another change of the same thing at the same moment (two people recording one session's
 * attendance at once, say) is refused like any other conflict, with words that say so, instead of failing as an
 * unexpected error: the database kept the other change, and nothing of this one was saved. Met means the database
 * refused it for that reason: a record changed since it was read ({@code @Version}), a lock not had in time or a
 * deadlock (SQLState class 40), or the same new record made twice (23505). Changes marked
 * {@link RetriedWhenRolledBack} are tried again first, and refused only if every attempt met another.
 * <p>
 * It wraps every change ({@code @Transactional}, the default {@code REQUIRED}) from outside its transaction, and only
 * when the caller has none of its own: inside one, the failure is the caller's to handle.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class SameMomentChanges {

    private static final Logger LOG = Logger.getLogger(SameMomentChanges.class.getName());

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object refuseWhatMetAnotherChange(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        try {
            return invocation.proceed();
        } catch (RuntimeException failure) {
            if (!metAnotherChange(failure)) {
                throw failure;
            }
            LOG.info(() -> invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName() + " met another change at the same moment and was refused: "
                    + failure);
            throw Refusal.conflict(null, "change.sameMoment");
        }
    }

    /** Whether the database refused the change because another change of the same thing came at the same moment. */
    static boolean metAnotherChange(Throwable failure) {
        if (failure instanceof Refusal) {
            return false;
        }
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException) {
                return true;
            }
        }
        String state = RollbackRetry.sqlState(failure);
        return state != null && (state.startsWith("40") || state.equals("23505"));
    }
}
