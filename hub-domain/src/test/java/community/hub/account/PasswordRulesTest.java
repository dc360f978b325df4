package community.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the hub accepts as a password, and how long its one-time links last. */
class PasswordRulesTest {

    @Test
    void aLongPasswordNobodyUsesIsAccepted() {
        assertThat(PasswordRules.problemWith("kettle on the third floor")).isEmpty();
        assertThat(PasswordRules.problemWith("x".repeat(128))).isEmpty();
    }

    @Test
    void tenCharactersAreTheLeastAndTheyAreCountedAsPeopleSeeThem() {
        assertThat(PasswordRules.problemWith("short1234")).contains(PasswordRules.Problem.TOO_SHORT);
        assertThat(PasswordRules.problemWith("żółw-żółw"))
                .as("nine letters, more bytes")
                .contains(PasswordRules.Problem.TOO_SHORT);
        assertThat(PasswordRules.problemWith("x".repeat(129))).contains(PasswordRules.Problem.TOO_LONG);
        assertThat(PasswordRules.problemWith("")).contains(PasswordRules.Problem.MISSING);
        assertThat(PasswordRules.problemWith(null)).contains(PasswordRules.Problem.MISSING);
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(PasswordRules.problemWith("password123")).contains(PasswordRules.Problem.COMMON);
        assertThat(PasswordRules.problemWith("QWERTYUIOP")).contains(PasswordRules.Problem.COMMON);
        assertThat(PasswordRules.problemWith("1234567890")).contains(PasswordRules.Problem.COMMON);
        assertThat(PasswordRules.problemWith("manchester")).contains(PasswordRules.Problem.COMMON);
    }

    @Test
    void theShippedListHoldsThousandsOfCommonPasswords() {
        assertThat(PasswordRules.commonCount()).isGreaterThanOrEqualTo(4_900);
    }

    @Test
    void aLinkWorksOnceUntilItExpires() {
        Instant now = Instant.parse("2027-03-01T10:00:00Z");
        OneTimeLink reset = new OneTimeLink(LinkPurpose.RESET, "hash", null, now);

        assertThat(reset.stateAt(now.plus(Duration.ofMinutes(59)))).isEqualTo(LinkState.USABLE);
        assertThat(reset.stateAt(now.plus(Duration.ofHours(1)))).isEqualTo(LinkState.EXPIRED);
        assertThat(new OneTimeLink(LinkPurpose.SETUP, "hash", null, now).stateAt(now.plus(Duration.ofHours(23))))
                .isEqualTo(LinkState.USABLE);
        assertThat(new OneTimeLink(LinkPurpose.SETUP, "hash", null, now).stateAt(now.plus(Duration.ofHours(24))))
                .isEqualTo(LinkState.EXPIRED);
        assertThat(LinkPurpose.INVITATION.validFor()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void onlyTheTokensHashIsKeptAndItIsTheSameEachTime() {
        assertThat(OneTimeLinks.hash("abc"))
                .hasSize(64)
                .isEqualTo(OneTimeLinks.hash("abc"))
                .isNotEqualTo(OneTimeLinks.hash("abd"));
    }
}
