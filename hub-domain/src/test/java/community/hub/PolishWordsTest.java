package community.hub;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.rota.Cafe;
import community.hub.rota.CafeRole;
import community.hub.rota.Shift;
import community.hub.rota.SpokenTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The hub's rules said in Polish: its three plural forms, days in words, times as the easy-read rota says them. */
class PolishWordsTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @Test
    void aCountTakesEachOfPolishsThreePluralForms() {
        assertThat(booked(1)).startsWith("Jeden zarezerwowany termin wypada");
        assertThat(booked(3)).startsWith("3 zarezerwowane terminy wypadają");
        assertThat(booked(5)).startsWith("5 zarezerwowanych terminów wypada");
        assertThat(booked(12)).startsWith("12 zarezerwowanych terminów wypada");
        assertThat(booked(22)).startsWith("22 zarezerwowane terminy wypadają");
        assertThat(booked(25)).startsWith("25 zarezerwowanych terminów wypada");
        assertThat(Refusal.conflict("from", "closure.booked", 1, LocalDate.of(2027, 3, 16), "Art Studio", 7L)
                        .message(Locale.UK))
                .startsWith("One booked date falls");
    }

    private static String booked(int dates) {
        return Refusal.conflict("from", "closure.booked", dates, LocalDate.of(2027, 3, 16), "Art Studio", 7L)
                .message(POLISH);
    }

    @Test
    void daysAreSaidInTheReadersLanguage() {
        Refusal notInRule = Refusal.invalid(
                "start", "recurrence.firstDateNotInRule", List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));

        assertThat(notInRule.message(POLISH))
                .isEqualTo("Pierwsza data musi wypadać w dzień: wtorek albo czwartek, zgodnie z zasadą powtarzania.");
        assertThat(notInRule.message(Locale.UK))
                .isEqualTo("The first date must be a Tuesday or Thursday, as the repeat rule says.");
    }

    @Test
    void theEasyReadRotaSaysAShiftInPolishWords() {
        Shift tuesday = Cafe.shift("2026-03-03T08:30", "12:30", CafeRole.BARISTA);
        Shift saturday = Cafe.shift("2026-03-07T12:45", "16:00", CafeRole.KITCHEN);

        assertThat(SpokenTime.shift(tuesday, POLISH))
                .isEqualTo("wtorek rano, od ósmej trzydzieści do dwunastej trzydzieści");
        assertThat(SpokenTime.shift(saturday, POLISH))
                .isEqualTo("sobota po południu, od dwunastej czterdzieści pięć do czwartej");
        assertThat(SpokenTime.of(LocalTime.of(9, 10), POLISH)).isEqualTo("dziewiątej dziesięć");
        assertThat(SpokenTime.of(LocalTime.of(9, 50), POLISH)).isEqualTo("dziewiątej 50");
    }

    @Test
    void aLanguageWithoutABundleIsSpokenToInTheBaseLanguageNotTheServers() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(POLISH);
            assertThat(Refusal.invalid("from", "closure.order").message(Locale.GERMAN))
                    .isEqualTo("A closure must end on or after the day it starts.");
        } finally {
            Locale.setDefault(before);
        }
    }
}
