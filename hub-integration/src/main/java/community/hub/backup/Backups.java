package community.hub.backup;

import community.hub.Refusal;
import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import community.hub.errands.Errands;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hub's backups of its embedded database: taken every night (see the web module's nightly timer) and whenever the
 * hub manager asks, one at a time, in {@code HUB_BACKUP_DIR}; nightly ones kept by {@link Retention}
 * ({@code HUB_BACKUP_KEEPDAYS}, {@code HUB_BACKUP_KEEPWEEKS}). A hub on PostgreSQL ({@code HUB_DB_URL}) keeps none: its
 * backups are the database's own.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    @Resource(lookup = "java:app/jdbc/hub")
    private DataSource dataSource;

    @Inject
    private Errands errands;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "hub.backup.dir", defaultValue = "./backups")
    private String folder;

    @Inject
    @ConfigProperty(name = "hub.backup.at", defaultValue = "02:30")
    private String at;

    @Inject
    @ConfigProperty(name = "hub.backup.keepDays", defaultValue = "7")
    private int keepDays;

    @Inject
    @ConfigProperty(name = "hub.backup.keepWeeks", defaultValue = "4")
    private int keepWeeks;

    @Inject
    @ConfigProperty(name = "hub.db.url")
    private Optional<String> sharedDatabase;

    /** When the backup being taken now began. */
    private final AtomicReference<Instant> taking = new AtomicReference<>();

    /** False on PostgreSQL, whose backups are the database's own. */
    public boolean keptByTheHub() {
        return sharedDatabase.filter(url -> !url.isBlank()).isEmpty();
    }

    /** The hub time of the nightly backup; none if {@code HUB_BACKUP_AT} is {@code off} (or not a time, which is logged). */
    public Optional<LocalTime> nightlyAt() {
        if (!keptByTheHub() || at.isBlank() || at.strip().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(at.strip()));
        } catch (DateTimeParseException notATime) {
            LOG.severe(
                    () -> "HUB_BACKUP_AT is \"" + at + "\", not a time like 02:30 or off: no nightly backup is taken.");
            return Optional.empty();
        }
    }

    /** How many days' and weeks' nightly backups are kept. */
    public Retention retention() {
        return new Retention(keepDays, keepWeeks);
    }

    public Path folder() {
        return shelf().folder();
    }

    /** The complete backups, newest first. */
    public List<Backup> list() {
        return keptByTheHub() ? shelf().backups() : List.of();
    }

    /** When the backup being taken now began, if one is. */
    public Optional<Instant> takingSince() {
        return Optional.ofNullable(taking.get());
    }

    /**
     * Starts a backup taken by the signed-in hub manager (named in the change log) and answers at once; it is listed
     * when complete. While one is being taken, asking again starts no other. Says when the one being taken began.
     */
    @Transactional
    public Instant takeNow(String takenBy) {
        if (!keptByTheHub()) {
            throw Refusal.conflict(null, "backup.inTheDatabase");
        }
        Instant now = clock.instant();
        if (taking.compareAndSet(null, now)) {
            changeLog.record(ChangedThing.BACKUP, Change.TAKEN, null, null);
            if (!errands.later("the backup asked for at " + now, () -> take(now, Optional.of(takenBy)))) {
                taking.set(null);
                throw Refusal.conflict(null, "backup.busy");
            }
            return now;
        }
        return taking.get();
    }

    /** The night's backup, then the nightly ones the rule no longer keeps are removed. */
    public void nightly() {
        Instant now = clock.instant();
        if (keptByTheHub() && taking.compareAndSet(null, now)) {
            take(now, Optional.empty()).ifPresent(taken -> {
                List<Backup> removed = shelf().prune(retention());
                if (!removed.isEmpty()) {
                    LOG.info(() -> "Removed " + removed.size() + " nightly backups no longer kept: "
                            + removed.stream().map(Backup::name).toList());
                }
            });
        }
    }

    /** Removes a backup (recorded in the change log); refused if there is none of that name. */
    @Transactional
    public void remove(String name) {
        if (!keptByTheHub() || !shelf().remove(name)) {
            throw Refusal.notFound("backup.unknown", name);
        }
        changeLog.record(ChangedThing.BACKUP, Change.REMOVED, null, name);
    }

    private Optional<Backup> take(Instant now, Optional<String> takenBy) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Backup backup = shelf().take(connection, now, takenBy);
            LOG.info(() -> "Backup " + backup.name() + " taken in " + (System.nanoTime() - started) / 1_000_000
                    + " ms (" + backup.sizeBytes() / 1024 + " kB, " + backup.folder() + ").");
            return Optional.of(backup);
        } catch (SQLException | RuntimeException failed) {
            LOG.log(Level.SEVERE, "The backup begun at " + now + " failed: " + failed.getMessage(), failed);
            return Optional.empty();
        } finally {
            taking.set(null);
        }
    }

    private BackupShelf shelf() {
        return new BackupShelf(Path.of(folder));
    }
}
