package community.hub.backup;

import community.hub.HubTime;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.threeten.extra.YearWeek;

/**
 * Which nightly backups to keep: the newest of each of the last {@code days} days that have one, and the newest of each
 * of the last {@code weeks} weeks (Monday to Sunday, hub time) that have one. The rest may go.
 */
public record Retention(int days, int weeks) {

    public Retention {
        if (days < 1 || weeks < 0) {
            throw new IllegalArgumentException("Keep at least one day's backup, and no fewer than no weeks'");
        }
    }

    /** The backups of {@code nightly} this rule does not keep. */
    public List<Backup> toRemove(List<Backup> nightly) {
        Set<Backup> kept = new HashSet<>(newestOfEach(nightly, days, Retention::day));
        kept.addAll(newestOfEach(nightly, weeks, backup -> YearWeek.from(day(backup))));
        return nightly.stream().filter(backup -> !kept.contains(backup)).toList();
    }

    private static LocalDate day(Backup backup) {
        return backup.takenAt().atZone(HubTime.ZONE).toLocalDate();
    }

    private static <K> List<Backup> newestOfEach(List<Backup> backups, int periods, Function<Backup, K> period) {
        Map<K, Backup> newest = new LinkedHashMap<>();
        backups.stream()
                .sorted(Comparator.comparing(Backup::takenAt).reversed())
                .forEach(backup -> newest.putIfAbsent(period.apply(backup), backup));
        return newest.values().stream().limit(periods).toList();
    }
}
