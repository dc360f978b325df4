package community.hub.booking;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import community.hub.room.Room;
import community.hub.room.RoomDetails;
import community.hub.room.RoomFeature;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What residents narrow what's on to, the same for the page, the API and the hub feed. */
class WhatsOnTest {

    private static final Instant NOW = HubTime.instant(LocalDate.of(2027, 1, 1), LocalTime.NOON);

    private static Booking walkingFootball() {
        BookingRequest request = BookingRulesTest.request(
                "Walking football", LocalDateTime.of(2027, 3, 3, 10, 0), LocalDateTime.of(2027, 3, 3, 11, 0));
        request.setType(ActivityType.CLASS);
        request.setAudience(Set.of("Over-55s"));
        return new Booking(
                request,
                BookingRulesTest.clinic(1),
                null,
                BookingRules.slots(request),
                BookingStatus.CONFIRMED,
                "staff",
                NOW);
    }

    @Test
    void typeAndAudienceNarrowBookingsAndPartOfATagIsEnough() {
        Booking football = walkingFootball();

        assertThat(new WhatsOn(Set.of(), null, null).includes(football)).isTrue();
        assertThat(new WhatsOn(Set.of(ActivityType.CLASS, ActivityType.EVENT), " over-55 ", null).includes(football))
                .isTrue();
        assertThat(new WhatsOn(Set.of(ActivityType.YOUTH_WORK), null, null).includes(football))
                .isFalse();
        assertThat(new WhatsOn(Set.of(), "families", null).includes(football)).isFalse();
    }

    @Test
    void aRoomFeatureNarrowsDatesByTheRoomTheyAreIn() {
        Occurrence date = walkingFootball().getOccurrences().get(0);
        RoomDetails stepFree = RoomDetails.of(date.getRoom());
        stepFree.setFeatures(EnumSet.of(RoomFeature.STEP_FREE_ACCESS));
        date.getRoom().revise(stepFree);

        assertThat(new WhatsOn(Set.of(), null, RoomFeature.STEP_FREE_ACCESS).includes(date))
                .isTrue();
        assertThat(new WhatsOn(Set.of(), null, RoomFeature.HEARING_LOOP).includes(date))
                .isFalse();
        assertThat(new WhatsOn(Set.of(ActivityType.CLASS), null, RoomFeature.STEP_FREE_ACCESS).includes(date))
                .isTrue();
    }

    @Test
    void theCafeIsForEveryoneSoAnyAudienceLeavesItOutAndAFeatureAsksItsRoom() {
        RoomDetails cafe = RoomDetails.of(BookingRulesTest.clinic(9));
        cafe.setFeatures(EnumSet.of(RoomFeature.STEP_FREE_ACCESS));
        Room cafeRoom = new Room(cafe);

        assertThat(new WhatsOn(Set.of(), null, null).includesCafe(cafeRoom)).isTrue();
        assertThat(new WhatsOn(Set.of(ActivityType.CAFE), "", RoomFeature.STEP_FREE_ACCESS).includesCafe(cafeRoom))
                .isTrue();
        assertThat(new WhatsOn(Set.of(ActivityType.CLASS), null, null).includesCafe(cafeRoom))
                .isFalse();
        assertThat(new WhatsOn(Set.of(), "families", null).includesCafe(cafeRoom))
                .isFalse();
        assertThat(new WhatsOn(Set.of(), null, RoomFeature.HEARING_LOOP).includesCafe(cafeRoom))
                .isFalse();
        assertThat(new WhatsOn(Set.of(), null, RoomFeature.HEARING_LOOP).includesCafe(null))
                .isFalse();
    }
}
