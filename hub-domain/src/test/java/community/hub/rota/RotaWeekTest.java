package community.hub.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RotaWeekTest {

    @Test
    void aWeekIsNamedAsTheApiNamesItAndRunsMondayToSunday() {
        RotaWeek week = RotaWeek.parse("2026-W10");

        assertThat(week.getMonday()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(week.on(DayOfWeek.SUNDAY)).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(week.getDates())
                .hasSize(7)
                .startsWith(LocalDate.of(2026, 3, 2))
                .endsWith(LocalDate.of(2026, 3, 8));
        assertThat(week).hasToString("2026-W10").isEqualTo(RotaWeek.containing(LocalDate.of(2026, 3, 8)));
        assertThat(week.contains(LocalDate.of(2026, 3, 9))).isFalse();
    }

    @Test
    void theWeeksAroundTheNewYearBelongToTheirIsoYear() {
        assertThat(RotaWeek.containing(LocalDate.of(2026, 1, 1))).hasToString("2026-W01");
        assertThat(RotaWeek.containing(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
        assertThat(RotaWeek.parse("2026-W01").previous()).hasToString("2025-W52");
        assertThat(RotaWeek.parse("2026-W53").next()).hasToString("2027-W01");
    }

    @Test
    void theWeekAheadIsThisWeekUntilSundayThenTheNext() {
        assertThat(RotaWeek.ahead(LocalDate.of(2026, 12, 5))).as("Saturday").hasToString("2026-W49");
        assertThat(RotaWeek.ahead(LocalDate.of(2026, 12, 6))).as("Sunday").hasToString("2026-W50");
        assertThat(RotaWeek.ahead(LocalDate.of(2026, 12, 7))).as("Monday").hasToString("2026-W50");
    }

    @Test
    void noWeekNamedMeansThisWeekAndANameThatIsNoWeekIsRefused() {
        Clock thursday = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);

        assertThat(RotaWeek.parseOrThisWeek(null, thursday)).hasToString("2026-W10");
        assertThat(RotaWeek.parseOrThisWeek(" ", thursday)).hasToString("2026-W10");
        assertThat(RotaWeek.parseOrThisWeek("2026-W12", thursday)).hasToString("2026-W12");
        assertThatThrownBy(() -> RotaWeek.parseOrThisWeek("next week", thursday))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void aWeekThatDoesNotExistIsRefusedInPlainWords() {
        assertThatThrownBy(() -> RotaWeek.parse("2025-W53"))
                .isInstanceOf(Refusal.class)
                .hasMessage("Give the week as the year and the week number, for example 2026-W10.");
        assertThatThrownBy(() -> RotaWeek.parse("2026-10")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> RotaWeek.parse("2026-W54")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> RotaWeek.parse("2026-W00")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> RotaWeek.parse("2026-w10")).as("a small w").isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> RotaWeek.parse("2026-w1")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> RotaWeek.parse("+2026-W10")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> RotaWeek.parse("12026-W10")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> RotaWeek.of(2025, 53)).isInstanceOf(Refusal.class);
        assertThat(RotaWeek.parse(" 2026-W53 ")).hasToString("2026-W53");
        assertThatThrownBy(() -> RotaWeek.parse(null)).isInstanceOf(Refusal.class);
    }

    @Test
    void aWeekOutsideTheYearsTheHubSpeaksOfIsRefusedNotMadeUp() {
        assertThatThrownBy(() -> RotaWeek.parse("0001-W01"))
                .isInstanceOf(Refusal.class)
                .hasMessage("Choose a week from 2000 to 2099.");
        assertThatThrownBy(() -> RotaWeek.parse("9999-W01")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> RotaWeek.parse("1999-W52"))
                .as("ends in 2000, begins in 1999")
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> RotaWeek.parse("2099-W53")).as("ends in 2100").isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> RotaWeek.of(2100, 1)).isInstanceOf(Refusal.class);
        assertThat(RotaWeek.parse("2000-W01").getMonday()).isEqualTo(LocalDate.of(2000, 1, 3));
        assertThat(RotaWeek.parse("2099-W52").on(DayOfWeek.SUNDAY)).isEqualTo(LocalDate.of(2099, 12, 27));
    }

    @Test
    void aJobCoachSupportsAtLeastOneMember() {
        assertThatThrownBy(() -> new SupportRatio(0))
                .isInstanceOf(Refusal.class)
                .hasMessage("A job coach must be able to support at least one member.");
        assertThat(new SupportRatio(2).allows(0, 0)).as("nobody to support").isTrue();
        assertThat(new SupportRatio(2).allows(1, 0))
                .as("someone with no job coach")
                .isFalse();
        assertThat(new SupportRatio(2).allows(4, 2)).isTrue();
        assertThat(new SupportRatio(2).allows(5, 2)).isFalse();
    }
}
