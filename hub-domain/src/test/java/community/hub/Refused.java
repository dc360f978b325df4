package community.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A change the hub refuses: what kind of refusal, beside which field, in which words. */
public final class Refused {

    private Refused() {}

    public static void assertRefused(Runnable change, Refusal.Kind kind, String field, String message) {
        assertThatThrownBy(change::run)
                .isInstanceOf(Refusal.class)
                .hasMessage(message)
                .satisfies(refusal -> {
                    assertThat(((Refusal) refusal).kind()).isEqualTo(kind);
                    assertThat(((Refusal) refusal).field()).isEqualTo(field);
                });
    }
}
