package community.hub.settings;

import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads and changes the hub's details. Invalid details are refused whole: nothing is half-saved. Every page shows
 * them, so they are kept in memory: a change here shows at once, a change made on another instance within
 * {@link #KEPT_SECONDS} seconds.
 */
@ApplicationScoped
@Transactional
public class HubSettingsService {

    @Inject
    private ChangeLog changes;

    static final long KEPT_SECONDS = 5;

    @PersistenceContext
    private EntityManager entityManager;

    private record Kept(HubDetails details, long readAt) {}

    private volatile Kept kept;

    /** The hub's details as pages, feeds and emails show them, read at most every few seconds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HubDetails details() {
        Kept known = kept;
        long now = System.nanoTime();
        if (known == null || now - known.readAt() > TimeUnit.SECONDS.toNanos(KEPT_SECONDS)) {
            known = new Kept(current().map(HubDetails::of).orElse(HubDetails.NOT_SET), now);
            kept = known;
        }
        return known.details();
    }

    /** The hub's details, or empty before the hub manager has set the hub up. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HubSettings> current() {
        return Optional.ofNullable(entityManager.find(HubSettings.class, HubSettings.THE_HUB));
    }

    /** Sets the hub's details, the first time or again. */
    public HubSettings change(@NotNull @Valid SettingsDetails details) {
        HubSettings settings = entityManager.find(HubSettings.class, HubSettings.THE_HUB);
        if (settings == null) {
            settings = new HubSettings(details);
            entityManager.persist(settings);
        } else {
            settings.change(details);
        }
        entityManager.flush();
        changes.record(ChangedThing.HUB_SETTINGS, Change.CHANGED, null, settings.getName());
        kept = null;
        return settings;
    }
}
