package community.hub.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.HubTime;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which nightly backups the hub keeps: the last days', then one a week. */
class RetentionTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);

    private static Backup nightOf(LocalDate day) {
        return new Backup(
                day.toString(),
                HubTime.instant(day, LocalTime.of(2, 30)),
                1,
                Optional.empty(),
                Path.of(day.toString()));
    }

    @Test
    void sixtyNightsKeepTheLastSevenAndTheNewestOfEachOfTheLastFourWeeks() {
        List<Backup> nights = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            nights.add(nightOf(SUNDAY.minusDays(n)));
        }

        List<Backup> removed = new Retention(7, 4).toRemove(nights);

        List<Backup> kept =
                nights.stream().filter(night -> !removed.contains(night)).toList();
        assertThat(kept)
                .extracting(Backup::name)
                .containsExactly(
                        "2026-12-06",
                        "2026-12-05",
                        "2026-12-04",
                        "2026-12-03",
                        "2026-12-02",
                        "2026-12-01",
                        "2026-11-30",
                        // the Sundays ending the three weeks before: the newest of each week
                        "2026-11-29",
                        "2026-11-22",
                        "2026-11-15");
    }

    @Test
    void twoBackupsOnOneDayKeepOnlyTheNewerAsThatDaysOne() {
        Backup early =
                new Backup("early", HubTime.instant(SUNDAY, LocalTime.of(1, 0)), 1, Optional.empty(), Path.of("early"));
        Backup late = nightOf(SUNDAY);

        assertThat(new Retention(1, 0).toRemove(List.of(early, late))).containsExactly(early);
    }

    @Test
    void fewerBackupsThanTheRuleKeepsAreAllKept() {
        assertThat(new Retention(7, 4).toRemove(List.of(nightOf(SUNDAY), nightOf(SUNDAY.minusDays(20)))))
                .isEmpty();
    }

    @Test
    void aRuleKeepingNoDayIsRefused() {
        assertThatThrownBy(() -> new Retention(0, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
