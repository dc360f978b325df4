package community.hub.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the hub reaches its mail server, from MicroProfile Config ({@code hub.mail.*}; environment variables such as
 * {@code HUB_MAIL_HOST} win). Without {@code hub.mail.host} mail is off: messages are still written and wait.
 */
@ApplicationScoped
public class MailSettings {

    /** The longest wait between two attempts at one message, however many have failed. */
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "hub.mail.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "hub.mail.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "hub.mail.from", defaultValue = "bookings@hub.example")
    private String from;

    @Inject
    @ConfigProperty(name = "hub.mail.replyTo")
    private Optional<String> replyTo;

    @Inject
    @ConfigProperty(name = "hub.mail.username")
    private Optional<String> username;

    @Inject
    @ConfigProperty(name = "hub.mail.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "hub.mail.startTls", defaultValue = "false")
    private boolean startTls;

    @Inject
    @ConfigProperty(name = "hub.mail.retrySeconds", defaultValue = "60")
    private int retrySeconds;

    @Inject
    @ConfigProperty(name = "hub.mail.maxAttempts", defaultValue = "12")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "hub.mail.timeoutSeconds", defaultValue = "30")
    private int timeoutSeconds;

    /** Whether there is a mail server to send through. */
    public boolean isOn() {
        return host().isPresent();
    }

    public Optional<String> host() {
        return host.map(String::trim).filter(value -> !value.isEmpty());
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    public Optional<String> replyTo() {
        return replyTo.map(String::trim).filter(value -> !value.isEmpty());
    }

    public Optional<String> username() {
        return username.map(String::trim).filter(value -> !value.isEmpty());
    }

    public String password() {
        return password.orElse("");
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** How often the sender looks for messages due again. */
    public Duration retryEvery() {
        return Duration.ofSeconds(Math.max(1, retrySeconds));
    }

    /** How long to wait after the given number of failed attempts: doubling from the retry interval, up to an hour. */
    public Duration waitAfter(int failedAttempts) {
        return backoff(retryEvery(), failedAttempts);
    }

    /** The first wait after one failure, twice as long after each further one, never longer than an hour. */
    static Duration backoff(Duration first, int failedAttempts) {
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * How long a sender keeps a message to itself while sending it: after that, if it has not said how it went
     * (its server stopped), another may try. Long enough for three tries at connecting (SmtpConnection) and the
     * sending itself, each within the time limit.
     */
    public Duration lease() {
        return Duration.ofSeconds(6L * Math.max(1, timeoutSeconds) + 60);
    }

    /** The address people are told to write to with questions: the reply-to address, or else the sender's. */
    public String contactAddress() {
        String address = replyTo().orElse(from);
        try {
            return new InternetAddress(address).getAddress();
        } catch (AddressException unreadable) {
            return address;
        }
    }

    /** Jakarta Mail session properties for this server, with time limits so a stuck server cannot hold a sender. */
    public Properties sessionProperties() {
        Properties properties = new Properties();
        String millis =
                String.valueOf(Duration.ofSeconds(Math.max(1, timeoutSeconds)).toMillis());
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host().orElse("localhost"));
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        properties.put("mail.smtp.auth", String.valueOf(username().isPresent()));
        if (startTls) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        return properties;
    }

    /** One line for the log: where mail goes, or that it is off. */
    public String describe() {
        return host().map(server -> "Emails (bookings, the café rota) go through " + server + ":" + port + " from "
                        + from + (username().isPresent() ? " as " + username().get() : "")
                        + (startTls ? " with STARTTLS" : ""))
                .orElse(
                        "Mail is off (hub.mail.host is not set): booking emails wait in the outbox until a mail server is set.");
    }
}
