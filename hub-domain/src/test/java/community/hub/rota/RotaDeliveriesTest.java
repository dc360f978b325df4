package community.hub.rota;

import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.KITCHEN;
import static community.hub.rota.CafeRole.SUPERVISOR_JOB_COACH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each member on a published week gets their rota the way they chose; staff are told whom to print for or tell. */
class RotaDeliveriesTest {

    private final Cafe cafe = new Cafe();
    private final Shift tuesdayMorning = Cafe.morning(DayOfWeek.TUESDAY);
    private final RotaMember maggie = cafe.joins("Maggie Byrne", SUPERVISOR_JOB_COACH);
    private final RotaMember sam = cafe.joins("Sam Kelly", BARISTA);
    private final RotaMember lena = cafe.joins("Lena Novak", KITCHEN);
    private final RotaMember chris = cafe.joins("Chris Dobson", BARISTA);
    private final RotaMember off = cafe.joins("Aisha Khan", KITCHEN);

    private Rota week() {
        maggie.sendRotaBy(Set.of(RotaDelivery.EMAIL));
        sam.sendRotaBy(Set.of(RotaDelivery.EASY_READ_PRINT, RotaDelivery.CALENDAR));
        lena.sendRotaBy(Set.of(RotaDelivery.EMAIL));
        chris.sendRotaBy(Set.of(RotaDelivery.CALENDAR));
        off.sendRotaBy(Set.of(RotaDelivery.EMAIL));
        return new Rota(
                Cafe.WEEK,
                List.of(tuesdayMorning),
                List.of(
                        new Assignment(tuesdayMorning, maggie.getId(), SUPERVISOR_JOB_COACH, false),
                        new Assignment(tuesdayMorning, sam.getId(), BARISTA, false),
                        new Assignment(tuesdayMorning, lena.getId(), KITCHEN, false)));
    }

    @Test
    void emailGoesToTheMembersOwnAddressOrElseTheirAccountsAndWithNeitherThereIsNone() {
        assertThat(RotaDeliveries.addressOf(" maggie@cafe.example ", "maggie.account@cafe.example"))
                .contains("maggie@cafe.example");
        assertThat(RotaDeliveries.addressOf(null, "alex@volunteer.example")).contains("alex@volunteer.example");
        assertThat(RotaDeliveries.addressOf(" ", "alex@volunteer.example")).contains("alex@volunteer.example");
        assertThat(RotaDeliveries.addressOf(null, " ")).isEmpty();
        assertThat(RotaDeliveries.addressOf(null, null)).isEmpty();
    }

    @Test
    void eachMemberOnTheWeekIsListedForEveryWayTheyChoseAndSomeoneWithoutAnAddressForStaff() {
        RotaDeliveries deliveries =
                RotaDeliveries.of(week(), cafe.team, Map.of(maggie.getId(), "maggie@cafe.example"), Set.of());

        assertThat(deliveries.getRecipients())
                .extracting(RotaDeliveries.Recipient::name)
                .as("those with a place that week, by name")
                .containsExactly("Lena Novak", "Maggie Byrne", "Sam Kelly");
        assertThat(deliveries.getEmailed()).singleElement().satisfies(emailed -> {
            assertThat(emailed.name()).isEqualTo("Maggie Byrne");
            assertThat(emailed.address()).isEqualTo("maggie@cafe.example");
            assertThat(emailed.places()).isEqualTo(1);
        });
        assertThat(deliveries.getWithoutAddress())
                .extracting(RotaDeliveries.Recipient::name)
                .containsExactly("Lena Novak");
        assertThat(deliveries.getToPrint())
                .extracting(RotaDeliveries.Recipient::name)
                .containsExactly("Sam Kelly");
        assertThat(deliveries.getByCalendar())
                .extracting(RotaDeliveries.Recipient::name)
                .containsExactly("Sam Kelly");
        assertThat(deliveries.getToPrintAgain()).isEmpty();
    }

    @Test
    void someoneWhoseWeekChangedSincePublishingIsListedEvenWithNoPlaceLeftAndTheirPrintIsOutOfDate() {
        Rota week = week();
        Rota samOff = week.without(week.shiftsOf(sam.getId()));

        RotaDeliveries deliveries = RotaDeliveries.of(samOff, cafe.team, Map.of(), Set.of(sam.getId()));

        assertThat(deliveries.recipient(sam.getId())).hasValueSatisfying(recipient -> {
            assertThat(recipient.places()).isZero();
            assertThat(recipient.changedSincePublished()).isTrue();
        });
        assertThat(deliveries.getToPrintAgain())
                .extracting(RotaDeliveries.Recipient::name)
                .containsExactly("Sam Kelly");
        assertThat(deliveries.recipient(off.getId()))
                .as("no place, no change: not concerned")
                .isEmpty();
    }

    @Test
    void someoneNoLongerOnTheTeamIsNotConcerned() {
        List<RotaMember> withoutLena =
                cafe.team.stream().filter(member -> member != lena).toList();

        RotaDeliveries deliveries = RotaDeliveries.of(week(), withoutLena, Map.of(), Set.of(lena.getId()));

        assertThat(deliveries.getRecipients())
                .extracting(RotaDeliveries.Recipient::name)
                .doesNotContain("Lena Novak");
    }
}
