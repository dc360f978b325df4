package community.hub.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomTest {

    static RoomDetails youthHall() {
        RoomDetails details = new RoomDetails();
        details.setSlug("youth-hall");
        details.setName("Youth Hall");
        details.setCapacity(60);
        details.setFeatures(EnumSet.of(RoomFeature.STEP_FREE_ACCESS, RoomFeature.KITCHEN, RoomFeature.HEARING_LOOP));
        details.setOpeningHours(List.of(
                new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(21, 0))));
        details.setTurnaroundMinutes(30);
        details.setMinimumBookingMinutes(60);
        details.setMaximumBookingMinutes(360);
        details.setStandardHourlyRate(new BigDecimal("35"));
        details.setCommunityHourlyRate(new BigDecimal("20.5"));
        return details;
    }

    @Test
    void aRoomTakesItsDetailsAndListsItsHoursFromMonday() {
        Room room = new Room(youthHall());

        assertThat(room.getSlug()).isEqualTo("youth-hall");
        assertThat(room.getOpeningHours())
                .extracting(OpeningHours::getDay)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(room.openOn(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(room.openOn(DayOfWeek.MONDAY))
                .get()
                .extracting(OpeningHours::getCloses)
                .isEqualTo(LocalTime.of(21, 0));
    }

    @Test
    void eachRateBandPaysItsOwnRateAndTheFreeBandPaysNothing() {
        Room room = new Room(youthHall());

        assertThat(room.hourlyRate(RateBand.STANDARD))
                .isEqualByComparingTo("35.00")
                .hasToString("35.00");
        assertThat(room.hourlyRate(RateBand.COMMUNITY)).hasToString("20.50");
        assertThat(room.hourlyRate(RateBand.FREE)).hasToString("0.00");
    }

    @Test
    void accessibilityFeaturesAreTheOnesPeopleLookForWhenTheyNeedAccess() {
        Room room = new Room(youthHall());

        assertThat(room.accessibilityFeatures())
                .containsExactly(RoomFeature.STEP_FREE_ACCESS, RoomFeature.HEARING_LOOP);
    }

    @Test
    void theLongestBookingCannotBeShorterThanTheShortest() {
        RoomDetails details = youthHall();
        details.setMinimumBookingMinutes(120);
        details.setMaximumBookingMinutes(60);

        assertThatThrownBy(() -> new Room(details))
                .isInstanceOf(Refusal.class)
                .satisfies(refusal -> assertThat(((Refusal) refusal).field()).isEqualTo("maximumBookingMinutes"))
                .hasMessage("The longest booking cannot be shorter than the shortest booking.");
    }

    @Test
    void theCommunityRateCannotBeAboveTheStandardRate() {
        RoomDetails details = youthHall();
        details.setCommunityHourlyRate(new BigDecimal("40.00"));

        assertThatThrownBy(() -> new Room(details))
                .isInstanceOf(Refusal.class)
                .satisfies(refusal -> assertThat(((Refusal) refusal).field()).isEqualTo("communityHourlyRate"));
    }

    @Test
    void aRoomMustCloseAfterItOpens() {
        RoomDetails details = youthHall();
        details.setOpeningHours(List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(9, 0))));

        assertThatThrownBy(() -> new Room(details))
                .isInstanceOf(Refusal.class)
                .hasMessage("On Tuesday the room must close after it opens.");
    }

    @Test
    void aDayHasOneSetOfOpeningHours() {
        RoomDetails details = youthHall();
        details.setOpeningHours(List.of(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))));

        assertThatThrownBy(() -> new Room(details))
                .isInstanceOf(Refusal.class)
                .satisfies(refusal -> assertThat(((Refusal) refusal).field()).isEqualTo("openingHours"));
    }

    @Test
    void aRefusedRevisionLeavesTheRoomAsItWas() {
        Room room = new Room(youthHall());
        RoomDetails changed = RoomDetails.of(room);
        changed.setName("Renamed Hall");
        changed.setMinimumBookingMinutes(600);

        assertThatThrownBy(() -> room.revise(changed)).isInstanceOf(Refusal.class);
        assertThat(room.getName()).isEqualTo("Youth Hall");
        assertThat(room.getMinimumBookingMinutes()).isEqualTo(60);
    }

    @Test
    void aRetiredRoomCanBePutBackIntoUse() {
        Room room = new Room(youthHall());

        room.retire();
        assertThat(room.isRetired()).isTrue();
        room.reinstate();
        assertThat(room.isRetired()).isFalse();
    }
}
