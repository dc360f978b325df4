package community.hub.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * A connection to the SMTP server, tried again after a moment when the server cannot be reached or turns the
 * connection away for now (a restart, "421 try again later"). Only connecting is tried again here, as nothing has been
 * sent yet; a message that fails once connected is the outbox's to try again later (MailSender), so no message goes
 * twice. Each try waits at most {@code hub.mail.timeoutSeconds} (the session's connection timeout). A refused login is
 * not tried again: the same password would be refused the same way. No {@code @Timeout}: the session's own time limits
 * end a stuck connection, where an interrupted thread would not.
 */
@ApplicationScoped
public class SmtpConnection {

    @Retry(
            maxRetries = 2,
            delay = 1,
            delayUnit = ChronoUnit.SECONDS,
            jitter = 500,
            jitterDelayUnit = ChronoUnit.MILLIS,
            retryOn = MessagingException.class,
            abortOn = AuthenticationFailedException.class)
    public Transport open(Session session, Optional<String> username, String password) throws MessagingException {
        Transport transport = session.getTransport();
        if (username.isPresent()) {
            transport.connect(username.get(), password);
        } else {
            transport.connect();
        }
        return transport;
    }
}
