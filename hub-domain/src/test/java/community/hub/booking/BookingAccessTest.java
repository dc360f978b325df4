package community.hub.booking;

import static community.hub.InMemory.organisation;
import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import community.hub.account.Account;
import community.hub.account.NewAccount;
import community.hub.account.Role;
import community.hub.organisation.Organisation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may see and change a booking. A request is the asking organisation's own business, whatever its visibility,
 * until the hub confirms it: another tenant sees neither a pending nor a declined one, nor the hub's reason.
 */
class BookingAccessTest {

    private static final Instant NOW = HubTime.instant(LocalDate.of(2027, 1, 4), LocalTime.NOON);
    private static final Organisation FOOD_BANK = organisation(1, "Food bank");
    private static final Organisation YOUTH_CLUB = organisation(2, "Youth club");
    private static final Account FOOD_BANK_MEMBER = account(Role.TENANT, FOOD_BANK);
    private static final Account YOUTH_WORKER = account(Role.TENANT, YOUTH_CLUB);
    private static final Account COORDINATOR = account(Role.STAFF, null);
    private static final Account MANAGER = account(Role.ADMIN, null);

    private static Account account(Role role, Organisation organisation) {
        return new Account(
                new NewAccount(role.name().toLowerCase(), role.name(), null, role, "a-long-password"),
                organisation,
                "hash");
    }

    /** The food bank's Tuesday session, public or private, in the given status. */
    private static Booking foodBankSession(Visibility visibility, BookingStatus status) {
        BookingRequest request = BookingRulesTest.request(
                "Food bank", LocalDateTime.of(2027, 1, 12, 10, 0), LocalDateTime.of(2027, 1, 12, 12, 0));
        request.setVisibility(visibility);
        Booking booking = new Booking(
                request,
                BookingRulesTest.clinic(1),
                FOOD_BANK,
                BookingRules.slots(request),
                status == BookingStatus.CONFIRMED || status == BookingStatus.CANCELLED
                        ? BookingStatus.CONFIRMED
                        : BookingStatus.PENDING,
                "food-bank",
                NOW);
        if (status == BookingStatus.DECLINED) {
            booking.decline("The room is being decorated", "coordinator", NOW);
        } else if (status == BookingStatus.CANCELLED) {
            booking.cancel(Cancellation.byHub("coordinator", NOW));
        }
        assertThat(booking.getStatus()).isEqualTo(status);
        return booking;
    }

    @ParameterizedTest
    @EnumSource(BookingStatus.class)
    void staffAndTheOrganisationItselfSeeItsBookingInEveryStatus(BookingStatus status) {
        for (Visibility visibility : Visibility.values()) {
            Booking booking = foodBankSession(visibility, status);
            assertThat(BookingAccess.maySee(COORDINATOR, booking)).isTrue();
            assertThat(BookingAccess.maySee(MANAGER, booking)).isTrue();
            assertThat(BookingAccess.maySee(FOOD_BANK_MEMBER, booking)).isTrue();
            assertThat(BookingAccess.mayChange(FOOD_BANK_MEMBER, booking)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(BookingStatus.class)
    void anotherOrganisationNeverSeesAPrivateBooking(BookingStatus status) {
        Booking booking = foodBankSession(Visibility.PRIVATE, status);

        assertThat(BookingAccess.maySee(YOUTH_WORKER, booking)).isFalse();
        assertThat(BookingAccess.mayChange(YOUTH_WORKER, booking)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = BookingStatus.class,
            names = {"PENDING", "DECLINED"})
    void aPublicRequestIsTheAskingOrganisationsOwnBusinessUntilConfirmed(BookingStatus status) {
        Booking booking = foodBankSession(Visibility.PUBLIC, status);

        assertThat(BookingAccess.maySee(YOUTH_WORKER, booking)).isFalse();
    }

    @Test
    void aPublicRequestCalledOffBeforeTheHubConfirmedItStaysTheAskingOrganisationsBusiness() {
        Booking booking = foodBankSession(Visibility.PUBLIC, BookingStatus.PENDING);
        booking.cancel(Cancellation.byHub("food-bank", NOW));

        assertThat(booking.getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(BookingAccess.maySee(YOUTH_WORKER, booking)).isFalse();
        assertThat(BookingAccess.maySee(FOOD_BANK_MEMBER, booking)).isTrue();
    }

    @Test
    void aPublicRequestApprovedAndThenCalledOffStillShows() {
        Booking booking = foodBankSession(Visibility.PUBLIC, BookingStatus.PENDING);
        booking.approve("coordinator", NOW);
        booking.cancel(Cancellation.byHub("coordinator", NOW));

        assertThat(BookingAccess.maySee(YOUTH_WORKER, booking)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = BookingStatus.class,
            names = {"CONFIRMED", "CANCELLED"})
    void aPublicBookingOnceConfirmedShowsToEveryTenant(BookingStatus status) {
        Booking booking = foodBankSession(Visibility.PUBLIC, status);

        assertThat(BookingAccess.maySee(YOUTH_WORKER, booking)).isTrue();
        assertThat(BookingAccess.mayChange(YOUTH_WORKER, booking)).isFalse();
    }

    @Test
    void onlyStaffDecideAndOnlyWhileTheRequestWaits() {
        Booking waiting = foodBankSession(Visibility.PUBLIC, BookingStatus.PENDING);
        Booking confirmed = foodBankSession(Visibility.PUBLIC, BookingStatus.CONFIRMED);

        assertThat(BookingAccess.mayDecideNow(Optional.of(COORDINATOR), waiting))
                .isTrue();
        assertThat(BookingAccess.mayDecideNow(Optional.of(COORDINATOR), confirmed))
                .isFalse();
        assertThat(BookingAccess.mayDecideNow(Optional.of(FOOD_BANK_MEMBER), waiting))
                .isFalse();
        assertThat(BookingAccess.mayDecideNow(Optional.empty(), waiting)).isFalse();
    }

    @Test
    void aBookingThatNoLongerHoldsItsRoomCannotBeChanged() {
        assertThat(BookingAccess.mayChangeNow(
                        Optional.of(FOOD_BANK_MEMBER), foodBankSession(Visibility.PRIVATE, BookingStatus.CONFIRMED)))
                .isTrue();
        assertThat(BookingAccess.mayChangeNow(
                        Optional.of(FOOD_BANK_MEMBER), foodBankSession(Visibility.PRIVATE, BookingStatus.DECLINED)))
                .isFalse();
        assertThat(BookingAccess.mayChangeNow(
                        Optional.of(YOUTH_WORKER), foodBankSession(Visibility.PRIVATE, BookingStatus.CONFIRMED)))
                .isFalse();
    }

    @Test
    void aDateMayBeMovedByWhoMayChangeTheBookingUntilItBeginsAndNotOnceCalledOff() {
        Booking session = foodBankSession(Visibility.PRIVATE, BookingStatus.CONFIRMED);
        Occurrence date = session.getOccurrences().get(0);
        Instant before = date.startsAt().minusSeconds(60);

        assertThat(BookingAccess.mayMoveNow(Optional.of(FOOD_BANK_MEMBER), session, date, before))
                .isTrue();
        assertThat(BookingAccess.mayMoveNow(Optional.of(COORDINATOR), session, date, before))
                .isTrue();
        assertThat(BookingAccess.mayMoveNow(Optional.of(YOUTH_WORKER), session, date, before))
                .isFalse();
        assertThat(BookingAccess.mayMoveNow(Optional.empty(), session, date, before))
                .isFalse();
        assertThat(BookingAccess.mayMoveNow(Optional.of(FOOD_BANK_MEMBER), session, date, date.startsAt()))
                .isFalse();
        assertThat(BookingAccess.mayChangeFromNow(Optional.of(FOOD_BANK_MEMBER), session, date, before))
                .as("a booking of one date is changed whole, not from a date on")
                .isFalse();
        assertThat(BookingAccess.isSeriesDate(session, date.getSeriesDate())).isFalse();
    }

    @Test
    void staffAreTheHubsCoordinatorsAndManagerAndOnlyATenantActsForAnOrganisation() {
        assertThat(COORDINATOR.isStaff()).isTrue();
        assertThat(MANAGER.isStaff()).isTrue();
        assertThat(FOOD_BANK_MEMBER.isStaff()).isFalse();
        assertThat(FOOD_BANK_MEMBER.organisationActedFor()).contains(FOOD_BANK);
        assertThat(COORDINATOR.organisationActedFor()).isEmpty();
    }
}
