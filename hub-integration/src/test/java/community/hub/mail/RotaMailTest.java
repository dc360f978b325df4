package community.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.rota.CafeRole;
import community.hub.rota.RotaNews;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The café rota emails as a member of the team reads them: plain, easy English, days and times in words. */
class RotaMailTest {

    private static final RotaWeek WEEK = RotaWeek.parse("2029-W10");
    private static final RotaMail MAIL = new RotaMail("cafe@hub.example", "Fleetwood Community Hub", Locale.UK);
    private static final Shift TUESDAY = shift("2029-03-06", "08:30", "12:30");
    private static final Shift THURSDAY = shift("2029-03-08", "12:30", "16:30");
    private static final Shift FRIDAY_LUNCH = shift("2029-03-09", "11:45", "14:10");

    private static Shift shift(String date, String start, String end) {
        return new Shift(
                date + "T" + start,
                LocalDate.parse(date),
                LocalTime.parse(start),
                LocalTime.parse(end),
                Map.of(CafeRole.KITCHEN, 1, CafeRole.BARISTA, 1));
    }

    @Test
    void aPublishedWeekGivesTheMemberTheirOwnShiftsWithDaysTimesAndJobsInWords() {
        RotaNews.MemberNews priya = new RotaNews.MemberNews(
                4,
                "Priya Shah",
                "priya@cafe.example",
                List.of(
                        new RotaNews.Place(TUESDAY, CafeRole.KITCHEN, null),
                        new RotaNews.Place(FRIDAY_LUNCH, CafeRole.BARISTA, "Community lunch")),
                List.of(),
                List.of());

        MailMessage mail = MAIL.compose(RotaNews.Kind.PUBLISHED, WEEK, priya);

        assertThat(mail.recipients()).containsExactly("priya@cafe.example");
        assertThat(mail.subject()).isEqualTo("Your caf\u00e9 shifts for the week starting Monday 5 March 2029");
        assertThat(mail.body()).isEqualTo("""
                Hello Priya,

                Here are your caf\u00e9 shifts for the week starting Monday 5 March 2029.

                Tuesday 6 March
                Tuesday morning, half past eight to half past twelve.
                Your job: kitchen.

                Friday 9 March
                Friday morning, quarter to twelve to ten past two: Community lunch.
                Your job: making coffee.

                That is 2 shifts this week.

                If you cannot come, please tell the caf\u00e9 staff as soon as you can.
                If you have a question, reply to this email or write to cafe@hub.example.

                From the caf\u00e9 team at
                Fleetwood Community Hub
                """);
        assertThat(mail.body()).doesNotContainPattern("\\d\\d:\\d\\d").doesNotContain("KITCHEN", "T08:30");
    }

    @Test
    void aChangeSaysWhatIsNewAndWhatTheyNoLongerDoThenEveryShiftNow() {
        RotaNews.MemberNews gary = new RotaNews.MemberNews(
                9,
                "Gary Holt",
                "gary@cafe.example",
                List.of(new RotaNews.Place(THURSDAY, CafeRole.KITCHEN, null)),
                List.of(new RotaNews.Place(THURSDAY, CafeRole.KITCHEN, null)),
                List.of(new RotaNews.Place(TUESDAY, CafeRole.BARISTA, null)));

        MailMessage mail =
                new RotaMail(null, "Fleetwood Community Hub", Locale.UK).compose(RotaNews.Kind.CHANGED, WEEK, gary);

        assertThat(mail.subject())
                .isEqualTo("Your caf\u00e9 shifts have changed: the week starting Monday 5 March 2029");
        assertThat(mail.body()).isEqualTo("""
                Hello Gary,

                Your caf\u00e9 shifts for the week starting Monday 5 March 2029 have changed.

                You have a new shift:

                Thursday 8 March
                Thursday afternoon, half past twelve to half past four.
                Your job: kitchen.

                You do not work this shift any more:

                Tuesday 6 March
                Tuesday morning, half past eight to half past twelve.
                Your job: making coffee.

                Your shifts that week are now:

                Thursday 8 March
                Thursday afternoon, half past twelve to half past four.
                Your job: kitchen.

                That is one shift this week.

                If you cannot come, please tell the caf\u00e9 staff as soon as you can.
                If you have a question, reply to this email.

                From the caf\u00e9 team at
                Fleetwood Community Hub
                """);
    }

    @Test
    void someoneTakenOffEveryShiftIsToldTheyHaveNoneThatWeek() {
        RotaNews.MemberNews lena = new RotaNews.MemberNews(
                5,
                "Lena",
                "lena@cafe.example",
                List.of(),
                List.of(),
                List.of(
                        new RotaNews.Place(TUESDAY, CafeRole.KITCHEN, null),
                        new RotaNews.Place(THURSDAY, CafeRole.KITCHEN, null)));

        String body = MAIL.compose(RotaNews.Kind.CHANGED, WEEK, lena).body();

        assertThat(body)
                .startsWith("Hello Lena,\n")
                .contains("You do not work these shifts any more:\n\nTuesday 6 March\n")
                .contains("You have no caf\u00e9 shifts that week now.\n\nIf you cannot come")
                .doesNotContain("new shift", "That is");
    }
}
