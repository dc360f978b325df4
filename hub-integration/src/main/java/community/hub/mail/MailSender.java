package community.hub.mail;

import community.hub.booking.HubDecision;
import community.hub.rota.RotaNews;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox through the configured SMTP server: within a quarter of a second after each change with news
 * commits, and every {@code hub.mail.retrySeconds} for whatever failed before, waiting twice as long after each failure
 * of a message and giving it up after {@code hub.mail.maxAttempts}. Connecting to the server is tried again at once a
 * few times ({@link SmtpConnection}); sending a message is not, so none goes twice. It works on the container's managed
 * executor, never on the thread of a booking request, and no failure of it reaches a booking.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    /** Messages read from the outbox at a time. */
    private static final int BATCH = 50;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService executor;

    @Inject
    private MailSettings settings;

    @Inject
    private MailOutbox outbox;

    @Inject
    private SmtpConnection smtp;

    @Inject
    private Clock clock;

    /** How often the schedule looks whether a send was asked for. */
    private static final long TICK_MILLIS = 250;

    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile Session session;
    private volatile ScheduledFuture<?> schedule;
    /** When the next round for what failed before is due ({@link System#nanoTime}, not the hub's clock). */
    private long nextRound;

    /** Starts sending, once the database is ready; with no mail server set it only says that mail is off. */
    public void start() {
        LOG.info(settings.describe());
        if (!settings.isOn() || schedule != null) {
            return;
        }
        session = Session.getInstance(settings.sessionProperties());
        nextRound = System.nanoTime() + settings.retryEvery().toNanos();
        schedule = executor.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = schedule;
        if (running != null) {
            running.cancel(false);
        }
    }

    /** A booking change committed with news: its email is in the outbox, so send it now, off this thread. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) HubDecision news) {
        wanted.set(true);
    }

    /** An email about someone's account (a password reset) committed: send it now. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountMailWritten written) {
        wanted.set(true);
    }

    /** A change to a residents' idea committed with emails owed: they are in the outbox. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SuggestionMailWritten written) {
        wanted.set(true);
    }

    /** A rota publication or change committed with news for members: their emails are in the outbox. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RotaNews news) {
        wanted.set(true);
    }

    /**
     * Every {@link #TICK_MILLIS}: one round through the outbox when a send was asked for since the last, or when the
     * round for what failed before is due. A send asked for on a page's request is only this flag, never a task handed
     * to an executor from the request: Payara logged a SEVERE "No invocation on invocation stack" now and then as it
     * put such a task's request context back (its scheduled and its plain executor alike).
     */
    private void tick() {
        long now = System.nanoTime();
        if (!wanted.getAndSet(false) && now - nextRound < 0) {
            return;
        }
        nextRound = now + settings.retryEvery().toNanos();
        try {
            sendDue();
        } catch (RuntimeException | Error failed) {
            // An Error too: thrown out of the scheduled task it would end the schedule, and all sending, for good.
            LOG.log(
                    failed instanceof Error ? Level.SEVERE : Level.WARNING,
                    "Sending booking emails failed; trying again in "
                            + settings.retryEvery().toSeconds() + " s",
                    failed);
        }
    }

    private void sendDue() {
        boolean serverAnswers = true;
        List<MailOutbox.Due> due;
        do {
            due = outbox.due(clock.instant(), BATCH);
            for (MailOutbox.Due message : due) {
                Optional<MailOutbox.Claimed> claimed =
                        outbox.claim(message, clock.instant().plus(settings.lease()));
                if (claimed.isPresent() && !send(claimed.get())) {
                    serverAnswers = false;
                    break;
                }
            }
        } while (serverAnswers && due.size() == BATCH);
    }

    /** Sends one message and records how it went; false when the server itself failed (no use trying the next). */
    private boolean send(MailOutbox.Claimed mail) {
        try {
            MimeMessage message = message(mail);
            message.saveChanges();
            try (Transport transport = smtp.open(session, settings.username(), settings.password())) {
                transport.sendMessage(message, message.getAllRecipients());
            }
            outbox.sent(mail.id(), clock.instant());
            LOG.fine(() -> "Sent email " + mail.id() + " to " + mail.recipients());
            return true;
        } catch (AddressException unusable) {
            giveUp(mail, unusable);
            return true;
        } catch (SendFailedException refused) {
            tryAgainLater(mail, refused);
            return true;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException failed) {
            tryAgainLater(mail, failed);
            return false;
        }
    }

    private MimeMessage message(MailOutbox.Claimed mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        InternetAddress from = new InternetAddress(settings.from(), true);
        if (from.getPersonal() == null) {
            from.setPersonal(mail.hubName(), "UTF-8");
        }
        message.setFrom(from);
        if (settings.replyTo().isPresent()) {
            message.setReplyTo(InternetAddress.parse(settings.replyTo().get(), true));
        }
        message.setRecipients(
                Message.RecipientType.TO, InternetAddress.parse(String.join(",", mail.recipients()), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        // RFC 3834: written by the hub, not by a person; out-of-office replies should not answer it.
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private void tryAgainLater(MailOutbox.Claimed mail, Exception failure) {
        if (mail.attempts() >= settings.maxAttempts()) {
            giveUp(mail, failure);
            return;
        }
        Instant next = clock.instant().plus(settings.waitAfter(mail.attempts()));
        outbox.failed(mail.id(), describe(failure), next);
        LOG.warning(
                () -> "Could not send email " + mail.id() + " to " + mail.recipients() + " (attempt " + mail.attempts()
                        + " of " + settings.maxAttempts() + "): " + describe(failure) + "; trying again at " + next);
    }

    private void giveUp(MailOutbox.Claimed mail, Exception failure) {
        outbox.failed(mail.id(), describe(failure), null);
        LOG.severe(() -> "Gave up on email " + mail.id() + " to " + mail.recipients() + " after " + mail.attempts()
                + " attempts: " + describe(failure));
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure;
                cause != null && text.length() < OutgoingMail.LONGEST_ERROR;
                cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString().replaceAll("\\s+", " ").trim();
    }
}
