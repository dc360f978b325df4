package community.hub.mail;

import community.hub.calendar.FeedKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An email in the outbox. It is due while it has a next attempt time at or before now; sending it, or giving up on
 * it, clears that time. Instants are epoch milliseconds. A one-time link (an invitation's, a reset's) is never in the
 * body: the body holds {@link #LINK_PLACE} and the link is kept sealed with the server's key until the email is sent or
 * given up, then forgotten, so nothing read from the database is a working link.
 */
@Entity
@Table(name = "outgoing_mail")
@NamedQuery(
        name = "OutgoingMail.due",
        query = "select m.id, m.nextAttemptAt from OutgoingMail m "
                + "where m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(
        name = "OutgoingMail.claim",
        query = "update OutgoingMail m set m.attempts = m.attempts + 1, "
                + "m.nextAttemptAt = :leaseUntil where m.id = :id and m.nextAttemptAt = :seen and m.sentAt is null")
@NamedQuery(
        name = "OutgoingMail.waiting",
        query = "select count(m) from OutgoingMail m where m.nextAttemptAt is not null")
@NamedQuery(
        name = "OutgoingMail.givenUp",
        query = "select count(m) from OutgoingMail m where m.sentAt is null and m.nextAttemptAt is null")
public class OutgoingMail {

    static final int LONGEST_ERROR = 500;

    /** Where the one-time link goes in the body of an email that carries one. */
    public static final String LINK_PLACE = "[one-time link]";

    /** What stands in the body in its place once the email is sent or given up. */
    static final String LINK_GONE = "[one-time link, not kept once the email was sent]";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The booking the email tells of. */
    @Column(name = "booking_id")
    private Long bookingId;

    /** Addresses separated by commas. */
    @Column(nullable = false, length = 500)
    private String recipients;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Long nextAttemptAt;

    @Column(name = "sent_at")
    private Long sentAt;

    @Column(name = "last_error", length = LONGEST_ERROR)
    private String lastError;

    @Column(name = "link_sealed", length = 1000)
    private String linkSealed;

    protected OutgoingMail() {
        // for JPA
    }

    /** A message due at once. */
    public OutgoingMail(Long bookingId, MailMessage message, Instant now) {
        this.bookingId = bookingId;
        this.recipients = String.join(",", message.recipients());
        this.subject = cut(message.subject(), 200);
        this.body = cut(message.body(), 8000);
        this.createdAt = now.toEpochMilli();
        this.nextAttemptAt = createdAt;
    }

    /** The one-time link for {@link #LINK_PLACE}, kept sealed with the server's key until the email is sent. */
    void carryLink(String link, FeedKey key) {
        if (!body.contains(LINK_PLACE)) {
            throw new IllegalArgumentException("the body has no place for the link");
        }
        linkSealed = key.seal(link);
    }

    /** The body as it is sent, its link in place. */
    String bodyToSend(FeedKey key) {
        return linkSealed == null ? body : body.replace(LINK_PLACE, key.open(linkSealed));
    }

    void sent(Instant at) {
        sentAt = at.toEpochMilli();
        nextAttemptAt = null;
        lastError = null;
        forgetLink();
    }

    /** The attempt failed: try again at the given time, or never again when there is none. */
    void failed(String error, Instant tryAgainAt) {
        lastError = cut(error, LONGEST_ERROR);
        nextAttemptAt = tryAgainAt == null ? null : tryAgainAt.toEpochMilli();
        if (nextAttemptAt == null) {
            forgetLink();
        }
    }

    private void forgetLink() {
        if (linkSealed != null) {
            linkSealed = null;
            body = body.replace(LINK_PLACE, LINK_GONE);
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    public Long getId() {
        return id;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public List<String> getRecipients() {
        return Arrays.asList(recipients.split(","));
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt == null ? null : Instant.ofEpochMilli(nextAttemptAt);
    }

    public Instant getSentAt() {
        return sentAt == null ? null : Instant.ofEpochMilli(sentAt);
    }

    public String getLastError() {
        return lastError;
    }
}
