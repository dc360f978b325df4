package community.hub.mail;

import community.hub.calendar.FeedKey;
import community.hub.settings.HubSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table as the sender uses it, each step in a short transaction of its own, so no transaction is open
 * while a mail server is being talked to. Several hub instances may share the outbox: a message is sent by the one
 * that claims it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MailOutbox {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private HubSettingsService hubSettings;

    @Inject
    private FeedKey key;

    /** A message due to be tried, as it was when seen. */
    public record Due(long id, long nextAttemptAt) {}

    /**
     * A message this sender has claimed, with the number of attempts made at it, this one included, and the hub's
     * name as its sender (read here, in the claim's transaction: the sender's thread has none of its own).
     */
    public record Claimed(
            long id, List<String> recipients, String subject, String body, int attempts, String hubName) {}

    /** The messages due by {@code now}, longest waiting first. */
    public List<Due> due(Instant now, int most) {
        return entityManager
                .createNamedQuery("OutgoingMail.due", Object[].class)
                .setParameter("now", now.toEpochMilli())
                .setMaxResults(most)
                .getResultList()
                .stream()
                .map(row -> new Due(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    /** Emails not sent yet that will be tried (again): due now or later, or being tried at this moment. */
    public long waiting() {
        return entityManager
                .createNamedQuery("OutgoingMail.waiting", Long.class)
                .getSingleResult();
    }

    /** Emails the hub gave up on: every attempt failed, or none could send them. */
    public long givenUp() {
        return entityManager
                .createNamedQuery("OutgoingMail.givenUp", Long.class)
                .getSingleResult();
    }

    /**
     * Claims a due message for one attempt, counting the attempt, unless another sender got there first. Until
     * {@code leaseUntil} no other sender tries it; after that (this sender stopped without saying how it went) one may.
     */
    public Optional<Claimed> claim(Due due, Instant leaseUntil) {
        int claimed = entityManager
                .createNamedQuery("OutgoingMail.claim")
                .setParameter("id", due.id())
                .setParameter("seen", due.nextAttemptAt())
                .setParameter("leaseUntil", leaseUntil.toEpochMilli())
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        OutgoingMail mail = entityManager.find(OutgoingMail.class, due.id());
        entityManager.refresh(mail);
        String body;
        try {
            body = mail.bodyToSend(key);
        } catch (IllegalStateException otherKey) {
            // sealed by an instance with another key: no attempt can send it, so it is given up (and its link
            // forgotten)
            mail.failed(otherKey.getMessage(), null);
            return Optional.empty();
        }
        return Optional.of(new Claimed(
                mail.getId(),
                mail.getRecipients(),
                mail.getSubject(),
                body,
                mail.getAttempts(),
                hubSettings.details().name()));
    }

    public void sent(long id, Instant at) {
        OutgoingMail mail = entityManager.find(OutgoingMail.class, id);
        if (mail != null) {
            mail.sent(at);
        }
    }

    /** The attempt failed: the message is due again at {@code tryAgainAt}, or (with none) given up. */
    public void failed(long id, String error, Instant tryAgainAt) {
        OutgoingMail mail = entityManager.find(OutgoingMail.class, id);
        if (mail != null) {
            mail.failed(error, tryAgainAt);
        }
    }
}
