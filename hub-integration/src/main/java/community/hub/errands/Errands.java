package community.hub.errands;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work a request asks for and does not wait for (a backup taken now, a password reset looked for): queued here, and
 * done one after another by one task the hub schedules at its start, which looks every quarter of a second. No task is
 * handed to an executor from a request: Payara logged a SEVERE "No invocation on invocation stack", with its stack
 * trace, now and then as it put such a task's request context back (see {@code MailSender}, which works the same way).
 */
@ApplicationScoped
public class Errands {

    private static final Logger LOG = Logger.getLogger(Errands.class.getName());

    private static final long TICK_MILLIS = 250;

    /** Errands waiting at most: beyond it the hub is being flooded (resets ask nothing of who asks), not used. */
    static final int MOST_WAITING = 1000;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService executor;

    private final BlockingQueue<Errand> waiting = new LinkedBlockingQueue<>(MOST_WAITING);
    private volatile ScheduledFuture<?> schedule;

    /** A piece of work and what it is, for the log if it fails. */
    private record Errand(String what, Runnable work) {}

    /** Starts doing errands; called once the hub has started (errands asked for before wait until then). */
    public synchronized void start() {
        if (schedule == null) {
            schedule =
                    executor.scheduleWithFixedDelay(this::runWaiting, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = schedule;
        if (running != null) {
            running.cancel(false);
        }
    }

    /**
     * Queues the work, to be done within a quarter of a second after the errands before it.
     *
     * @return false, with nothing queued, when {@link #MOST_WAITING} errands already wait
     */
    public boolean later(String what, Runnable work) {
        boolean queued = waiting.offer(new Errand(what, work));
        if (!queued) {
            LOG.warning(() -> "Too busy to take this now, " + MOST_WAITING + " errands waiting: " + what);
        }
        return queued;
    }

    /**
     * Does the errands waiting, one after another. An {@code Error} is caught as well: thrown out of the scheduled task
     * it would end the schedule for good, and with it every later backup and reset, without a line in the log.
     */
    void runWaiting() {
        Errand next;
        while ((next = waiting.poll()) != null) {
            try {
                next.work().run();
            } catch (RuntimeException | Error failed) {
                LOG.log(
                        failed instanceof Error ? Level.SEVERE : Level.WARNING,
                        "This could not be done: " + next.what(),
                        failed);
            }
        }
    }
}
