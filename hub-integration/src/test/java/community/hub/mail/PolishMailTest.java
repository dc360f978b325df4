package community.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.account.Role;
import community.hub.rota.Cafe;
import community.hub.rota.CafeRole;
import community.hub.rota.RotaNews;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The emails in Polish, for a reader whose account chose it: Polish words, Polish plural forms and Polish dates. */
class PolishMailTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @Test
    void aCafeMemberReadsTheirShiftsInPolish() {
        Shift monday = Cafe.shift("2029-03-05T08:30", "12:30", CafeRole.KITCHEN);
        Shift wednesday = Cafe.shift("2029-03-07T12:30", "16:30", CafeRole.BARISTA);
        RotaNews.MemberNews ola = new RotaNews.MemberNews(
                4,
                "Ola Nowak",
                "ola@cafe.example",
                List.of(
                        new RotaNews.Place(monday, CafeRole.KITCHEN, null),
                        new RotaNews.Place(wednesday, CafeRole.BARISTA, null)),
                List.of(),
                List.of());

        MailMessage mail = new RotaMail("cafe@hub.example", "Fleetwood Community Hub", POLISH)
                .compose(RotaNews.Kind.PUBLISHED, RotaWeek.parse("2029-W10"), ola);

        assertThat(mail.subject()).isEqualTo("Twoje zmiany w kawiarni na tydzień od: poniedziałek, 5 marca 2029");
        assertThat(mail.body())
                .startsWith("Cześć Ola,\n")
                .contains(
                        "poniedziałek, 5 marca\n",
                        "poniedziałek rano, od ósmej trzydzieści do dwunastej trzydzieści.",
                        "Twoje zadanie: kuchnia.",
                        "środa po południu, od dwunastej trzydzieści do czwartej trzydzieści.",
                        "To 2 zmiany w tym tygodniu.")
                .doesNotContain("Hello", "shift", "March");
    }

    @Test
    void anInvitationInPolishSaysUntilWhenInPolish() {
        MailMessage mail = new AccountMail("Fleetwood Community Hub", POLISH)
                .invitation(
                        "ola@people.example",
                        "Ola Nowak",
                        "ola",
                        Role.VOLUNTEER,
                        "https://hub.example/invitation.xhtml?token=abc",
                        Instant.parse("2026-12-14T10:00:00Z"));

        assertThat(mail.subject()).isEqualTo("Zaproszenie: Fleetwood Community Hub");
        assertThat(mail.body())
                .contains(
                        "Dzień dobry, Ola Nowak,",
                        "w roli: członek zespołu kawiarni",
                        "Link działa raz, do 10:00, poniedziałek, 14 grudnia.");
    }
}
