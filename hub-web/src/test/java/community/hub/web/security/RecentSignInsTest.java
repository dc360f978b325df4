package community.hub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the API remembers of a successful HTTP Basic sign-in, and for how long. */
class RecentSignInsTest {

    private static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");
    private static final String STAFF = "Basic c3RhZmY6aHViLWRlbW8=";

    @Test
    void theSameHeaderIsRecalledUntilItsMinuteIsUp() {
        RecentSignIns recent = new RecentSignIns(Duration.ofSeconds(60));

        recent.remember(STAFF, "staff", Set.of("STAFF"), NOW);

        assertThat(recent.recall(STAFF, NOW.plusSeconds(29))).get().satisfies(who -> {
            assertThat(who.username()).isEqualTo("staff");
            assertThat(who.roles()).containsExactly("STAFF");
        });
        assertThat(recent.recall(STAFF, NOW.plusSeconds(60))).as("expired").isEmpty();
        assertThat(recent.size()).as("an expired entry is dropped when met").isZero();
    }

    @Test
    void anotherPasswordForTheSameUserIsNotRecalled() {
        RecentSignIns recent = new RecentSignIns(Duration.ofSeconds(60));
        recent.remember(STAFF, "staff", Set.of("STAFF"), NOW);

        assertThat(recent.recall("Basic c3RhZmY6d3Jvbmc=", NOW)).isEmpty();
        assertThat(recent.recall(STAFF.toLowerCase(), NOW)).isEmpty();
    }

    @Test
    void withNoTimeToRememberNothingIsKept() {
        RecentSignIns off = new RecentSignIns(Duration.ZERO);

        off.remember(STAFF, "staff", Set.of("STAFF"), NOW);

        assertThat(off.isOn()).isFalse();
        assertThat(off.recall(STAFF, NOW)).isEmpty();
        assertThat(off.size()).isZero();
    }

    @Test
    void itNeverHoldsMoreThanItsLimit() {
        RecentSignIns recent = new RecentSignIns(Duration.ofSeconds(60));
        for (int i = 0; i < 2 * RecentSignIns.MOST; i++) {
            recent.remember("Basic client-" + i, "client" + i, Set.of("TENANT"), NOW);
        }

        assertThat(recent.size()).isLessThanOrEqualTo(RecentSignIns.MOST);
    }

    @Test
    void nothingKeptReadsAsTheHeaderOrThePassword() {
        RecentSignIns recent = new RecentSignIns(Duration.ofSeconds(60));
        RecentSignIns another = new RecentSignIns(Duration.ofSeconds(60));
        recent.remember(STAFF, "staff", Set.of("STAFF"), NOW);

        assertThat(another.recall(STAFF, NOW))
                .as("keys depend on a secret of each running hub")
                .isEmpty();
    }

    @Test
    void inTheSecondHalfOfItsTimeOneCallerRenewsItWhileTheOthersAreStillRecalled() {
        RecentSignIns recent = new RecentSignIns(Duration.ofSeconds(60));
        recent.remember(STAFF, "staff", Set.of("STAFF"), NOW);

        assertThat(recent.recall(STAFF, NOW.plusSeconds(29))).as("first half").isPresent();
        assertThat(recent.recall(STAFF, NOW.plusSeconds(30)))
                .as("the one chosen to check again")
                .isEmpty();
        assertThat(recent.recall(STAFF, NOW.plusSeconds(31)))
                .as("everyone else meanwhile")
                .isPresent();
        assertThat(recent.recall(STAFF, NOW.plusSeconds(59))).isPresent();

        recent.remember(STAFF, "staff", Set.of("STAFF"), NOW.plusSeconds(40));
        assertThat(recent.recall(STAFF, NOW.plusSeconds(69)))
                .as("renewed: a new minute from its check")
                .isPresent();
        assertThat(recent.recall(STAFF, NOW.plusSeconds(70)))
                .as("and renewed again in its second half")
                .isEmpty();
    }

    @Test
    void aHeaderThatFailsItsCheckIsForgotten() {
        RecentSignIns recent = new RecentSignIns(Duration.ofSeconds(60));
        recent.remember(STAFF, "staff", Set.of("STAFF"), NOW);

        recent.forget(STAFF);

        assertThat(recent.recall(STAFF, NOW.plusSeconds(1))).isEmpty();
        assertThat(recent.size()).isZero();
    }
}
