package community.hub.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) in the tests' JVM, on the port Maven reserved for it; the test server sends the
 * hub's emails to it. It can be stopped and started again, to show the hub riding out a mail server that is down.
 */
final class TestMailServer {

    private final int port;
    private GreenMail greenMail;

    TestMailServer(int port) {
        this.port = port;
    }

    /** The server on the port named by the system property {@code hub.it.smtpPort}. */
    static TestMailServer onReservedPort() {
        return new TestMailServer(Integer.getInteger("hub.it.smtpPort", 3025));
    }

    int port() {
        return port;
    }

    synchronized void start() {
        if (greenMail == null) {
            GreenMail server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
            server.start();
            greenMail = server;
        }
    }

    synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    private synchronized GreenMail running() {
        if (greenMail == null) {
            throw new IllegalStateException("The test mail server is stopped");
        }
        return greenMail;
    }

    /** Every message received since the server last started, one copy per recipient. */
    List<MimeMessage> received() {
        return Arrays.asList(running().getReceivedMessages());
    }

    /**
     * The first message received that matches, waiting for it at most {@code within}: each round waits until one
     * more message arrives or a second passes, so it returns as soon as the message is there.
     */
    Optional<MimeMessage> await(Predicate<MimeMessage> wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            GreenMail server = running();
            MimeMessage[] now = server.getReceivedMessages();
            Optional<MimeMessage> found = Arrays.stream(now).filter(wanted).findFirst();
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (found.isPresent() || left <= 0) {
                return found;
            }
            server.waitForIncomingEmail(Math.min(left, 1_000), now.length + 1);
        }
    }

    /** A message's subject; a message that cannot be read has none. */
    static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException unreadable) {
            return "";
        }
    }

    /** Whether the message went to the address, as any of its recipients; a message that cannot be read did not. */
    static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .map(Address::toString)
                    .anyMatch(address::equals);
        } catch (MessagingException unreadable) {
            return false;
        }
    }

    /** A plain-text message's body, with Unix line ends. */
    static String text(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (IOException | MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
