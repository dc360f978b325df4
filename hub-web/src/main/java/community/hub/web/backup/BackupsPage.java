package community.hub.web.backup;

import community.hub.HubTime;
import community.hub.account.Account;
import community.hub.backup.Backup;
import community.hub.backup.Backups;
import community.hub.web.FieldMessages;
import community.hub.web.language.Formats;
import community.hub.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.Param;

/**
 * The hub manager's backups page: take one now, the list with each one's time and size, how to restore one, and a
 * backup removed only after a question ({@code ?remove=name} asks it).
 */
@Named
@RequestScoped
public class BackupsPage {

    @Inject
    private Backups backups;

    @Inject
    private Caller caller;

    /**
     * The backup asked about, from the address or the question's form. Read from the request itself, not a view
     * parameter: the question's button must be there already when the form's post is decoded.
     */
    @Inject
    @Param(name = "remove")
    private String remove;

    private List<Row> rows;

    /** One backup as the page lists it: when (hub time), how big (MB), taken by whom (none: the nightly one). */
    public record Row(String name, LocalDateTime takenAt, double megabytes, String takenBy, String folder) {
        static Row of(Backup backup) {
            return new Row(
                    backup.name(),
                    HubTime.wallClock(backup.takenAt()),
                    backup.sizeBytes() / 1_048_576.0,
                    backup.takenBy().orElse(null),
                    backup.folder().toString());
        }

        public String label() {
            return Formats.date(Formats.locale(), "dateTime.seconds").format(takenAt);
        }
    }

    public List<Row> getBackups() {
        if (rows == null) {
            rows = backups.list().stream().map(Row::of).toList();
        }
        return rows;
    }

    public boolean isKeptByTheHub() {
        return backups.keptByTheHub();
    }

    public String getFolder() {
        return backups.folder().toString();
    }

    public LocalTime getNightlyAt() {
        return backups.nightlyAt().orElse(null);
    }

    public int getKeepDays() {
        return backups.retention().days();
    }

    public int getKeepWeeks() {
        return backups.retention().weeks();
    }

    /** When the backup being taken now began, in hub time; null if none is. */
    public LocalDateTime getTakingSince() {
        return backups.takingSince().map(HubTime::wallClock).orElse(null);
    }

    /** The backup the page asks about removing, if the address names one on the shelf. */
    public Optional<Row> asked() {
        return remove == null
                ? Optional.empty()
                : getBackups().stream().filter(row -> row.name().equals(remove)).findFirst();
    }

    public Row getAsked() {
        return asked().orElse(null);
    }

    public String takeNow() {
        String who = caller.account().map(Account::getUsername).orElseThrow();
        return FieldMessages.attempt(() -> backups.takeNow(who))
                .map(since -> {
                    FieldMessages.done("backups.taking");
                    return "/admin/backups?faces-redirect=true";
                })
                .orElse(null);
    }

    public String removeAsked() {
        return FieldMessages.attempt(() -> {
                    backups.remove(remove);
                    return remove;
                })
                .map(name -> {
                    FieldMessages.done("backups.removed", name);
                    return "/admin/backups?faces-redirect=true";
                })
                .orElse(null);
    }

    public String getRemove() {
        return remove;
    }
}
