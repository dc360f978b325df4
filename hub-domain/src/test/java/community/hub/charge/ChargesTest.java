package community.hub.charge;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationDetails;
import community.hub.organisation.OrganisationType;
import community.hub.room.RateBand;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A month of room hire for tenants on each rate band, worked out to the penny. */
class ChargesTest {

    private static final YearMonth MARCH = YearMonth.of(2027, 3);
    private static final BigDecimal CLINIC_STANDARD = new BigDecimal("28.00");
    private static final BigDecimal CLINIC_COMMUNITY = new BigDecimal("18.00");

    @Test
    void includedHoursCoverTheMonthsFirstUsesAndTheRestIsChargedAtTheBandsRate() {
        Organisation artClub = organisation(RateBand.COMMUNITY, 4);

        Statement march = march(
                artClub,
                use(10, LocalTime.of(10, 0), 135, CLINIC_COMMUNITY),
                use(3, LocalTime.of(9, 0), 180, CLINIC_COMMUNITY));

        assertThat(march.lines())
                .extracting(line -> line.use().date().getDayOfMonth())
                .containsExactly(3, 10);
        ChargeLine first = march.lines().get(0);
        assertThat(first.includedHours()).isEqualByComparingTo("3.00");
        assertThat(first.amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(first.standardAmount()).isEqualTo(new BigDecimal("84.00"));
        ChargeLine second = march.lines().get(1);
        assertThat(second.hours()).isEqualTo(new BigDecimal("2.25"));
        assertThat(second.includedHours()).isEqualTo(new BigDecimal("1.00"));
        assertThat(second.chargedHours()).isEqualTo(new BigDecimal("1.25"));
        assertThat(second.amount()).isEqualTo(new BigDecimal("22.50"));
        assertThat(second.standardAmount()).isEqualTo(new BigDecimal("63.00"));
        assertThat(march.total()).isEqualTo(new BigDecimal("22.50"));
        assertThat(march.standardTotal()).isEqualTo(new BigDecimal("147.00"));
        assertThat(march.subsidy()).isEqualTo(new BigDecimal("124.50"));
        assertThat(march.usedHours()).isEqualTo(new BigDecimal("5.25"));
        assertThat(march.includedHoursLeft()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aDateCalledOffLateIsChargedLikeOneThatTookPlace() {
        Organisation artClub = organisation(RateBand.COMMUNITY, 0);

        Statement march = march(artClub, lateCancelled(17, LocalTime.of(14, 0), 90, CLINIC_COMMUNITY));

        assertThat(march.lines()).singleElement().satisfies(line -> {
            assertThat(line.use().cancelledLate()).isTrue();
            assertThat(line.amount()).isEqualTo(new BigDecimal("27.00"));
            assertThat(line.standardAmount()).isEqualTo(new BigDecimal("42.00"));
        });
        assertThat(march.subsidy()).isEqualTo(new BigDecimal("15.00"));
    }

    @Test
    void theStandardBandPaysFullRateAndTheHubGivesNothing() {
        Organisation clinic = organisation(RateBand.STANDARD, 0);

        Statement march = march(
                clinic,
                use(1, LocalTime.of(9, 0), 240, CLINIC_STANDARD),
                use(8, LocalTime.of(9, 0), 7, CLINIC_STANDARD));

        assertThat(march.lines())
                .extracting(ChargeLine::amount)
                .containsExactly(new BigDecimal("112.00"), new BigDecimal("3.27"));
        assertThat(march.total()).isEqualTo(new BigDecimal("115.27"));
        assertThat(march.subsidy()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void theFreeBandPaysNothingAndTheWholeValueIsGiven() {
        Organisation foodBank = organisation(RateBand.FREE, 40);

        Statement march = march(
                foodBank,
                use(2, LocalTime.of(10, 0), 2700, BigDecimal.ZERO.setScale(2)),
                use(9, LocalTime.of(10, 0), 45, BigDecimal.ZERO.setScale(2)));

        assertThat(march.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(march.standardTotal()).isEqualTo(new BigDecimal("1281.00"));
        assertThat(march.subsidy()).isEqualTo(new BigDecimal("1281.00"));
        assertThat(march.lines().get(1).includedHours()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void eachLineIsRoundedToThePennyHalfUpOnce() {
        assertThat(Charges.cost(new BigDecimal("12.50"), 45)).isEqualTo(new BigDecimal("9.38"));
        assertThat(Charges.cost(new BigDecimal("12.50"), 44)).isEqualTo(new BigDecimal("9.17"));
        assertThat(Charges.cost(new BigDecimal("0.10"), 1)).isEqualTo(new BigDecimal("0.00"));
        assertThat(Charges.cost(new BigDecimal("0.30"), 1)).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void aMonthWithoutUseOwesNothingAndKeepsItsAllowance() {
        Statement march = march(organisation(RateBand.COMMUNITY, 12));

        assertThat(march.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(march.subsidy()).isEqualTo(new BigDecimal("0.00"));
        assertThat(march.includedHoursLeft()).isEqualTo(new BigDecimal("12.00"));
    }

    private static Statement march(Organisation organisation, RoomUse... uses) {
        return Charges.statement(organisation, MARCH, List.of(uses));
    }

    private static RoomUse use(int day, LocalTime start, int minutes, BigDecimal rate) {
        return use(day, start, minutes, rate, false);
    }

    /** A date the tenant called off too late to be let off paying. */
    private static RoomUse lateCancelled(int day, LocalTime start, int minutes, BigDecimal rate) {
        return use(day, start, minutes, rate, true);
    }

    private static RoomUse use(int day, LocalTime start, int minutes, BigDecimal rate, boolean late) {
        return new RoomUse(
                day,
                "Session " + day,
                MARCH.atDay(day),
                start,
                start.plusMinutes(minutes % 1440),
                "Clinic Room 1",
                minutes,
                rate,
                CLINIC_STANDARD,
                late);
    }

    private static Organisation organisation(RateBand band, int includedHours) {
        OrganisationDetails details = new OrganisationDetails();
        details.setName("Fleetwood Art Club");
        details.setType(OrganisationType.COMMUNITY_GROUP);
        details.setRateBand(band);
        details.setMonthlyIncludedHours(includedHours);
        details.setBookingWindowDays(90);
        return new Organisation(details);
    }
}
