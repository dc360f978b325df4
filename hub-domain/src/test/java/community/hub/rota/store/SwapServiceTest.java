package community.hub.rota.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import community.hub.Refusal;
import community.hub.rota.CafeRole;
import community.hub.rota.RotaMember;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A swap whose shift has left the week (closed, its event called off) is refused in plain words, not a server error. */
class SwapServiceTest {

    private static final RotaWeek WEEK = RotaWeek.of(2026, 10);
    private static final LocalDate MONDAY = WEEK.getMonday();

    @Test
    void aSwapOfAShiftNoLongerOnTheRotaIsRefusedInPlainWords() {
        StoredWeek week = new StoredWeek(WEEK);
        LocalTime noon = LocalTime.NOON;
        CafeShift lunch = new CafeShift(
                week,
                new Shift(
                        Shift.idFor(MONDAY, noon) + "-extra-1",
                        MONDAY,
                        noon,
                        noon.plusHours(2),
                        Map.of(CafeRole.KITCHEN, 1)),
                true,
                "Community lunch");
        week.add(lunch);
        CafeMember sam = new CafeMember(new RotaMember(1, "Sam", Set.of(CafeRole.KITCHEN), Duration.ofHours(12)), null);
        CafeMember alex =
                new CafeMember(new RotaMember(2, "Alex", Set.of(CafeRole.KITCHEN), Duration.ofHours(12)), null);
        ShiftSwap swap = new ShiftSwap(new CafeAssignment(lunch, sam, CafeRole.KITCHEN, false), Instant.now());
        lunch.close("The lunch was called off");

        Refusal refused = catchThrowableOfType(Refusal.class, () -> SwapService.handOver(swap, week.toRota(), alex));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused.message(Locale.UK))
                .isEqualTo("This shift is no longer on the rota, so it cannot change hands.");
        assertThat(refused.message(Locale.forLanguageTag("pl")))
                .isEqualTo("Tej zmiany nie ma już w grafiku, więc nie można jej przekazać.");
    }
}
