package community.hub.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * When each feed's content last changed, kept in the database so a feed's Last-Modified never goes back (something
 * left it, the server restarted, another instance built it), and this installation's own id for the feeds' UIDs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class FeedVersions {

    @PersistenceContext
    private EntityManager entityManager;

    private volatile String installationId;

    /**
     * The feed's Last-Modified now that it holds content with this tag: unchanged while the tag is, else {@code changed}
     * (when the newest thing in the feed changed, or now when that is unknown) or later.
     */
    public Instant lastModified(String feedKey, String contentTag, Instant changed) {
        FeedVersion version = entityManager.find(FeedVersion.class, feedKey, LockModeType.PESSIMISTIC_WRITE);
        if (version == null) {
            version = new FeedVersion(feedKey, contentTag, changed);
            entityManager.persist(version);
            return version.lastModified();
        }
        return version.holds(contentTag, changed);
    }

    /** This installation's id, made once when its database was made. */
    public String installationId() {
        if (installationId == null) {
            installationId = entityManager.find(HubInstallation.class, 1).getInstallationId();
        }
        return installationId;
    }
}
