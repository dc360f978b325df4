package community.hub.room;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.FieldProblems;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages a person sees beside each room field they got wrong. */
class RoomDetailsValidationTest {

    private static Map<String, String> problems(RoomDetails details) {
        return FieldProblems.of(details);
    }

    @Test
    void aCompleteRoomIsValid() {
        assertThat(problems(RoomTest.youthHall())).isEmpty();
    }

    @Test
    void aWebAddressNameWithSpacesOrCapitalsIsRefusedWithAnExample() {
        RoomDetails details = RoomTest.youthHall();
        details.setSlug("Youth Hall");

        assertThat(problems(details))
                .containsEntry(
                        "slug", "Use only lower-case letters, numbers and single hyphens, for example youth-hall.");
    }

    @Test
    void missingNameAndCapacityAreEachNamed() {
        RoomDetails details = RoomTest.youthHall();
        details.setName(" ");
        details.setCapacity(null);

        assertThat(problems(details))
                .containsEntry("name", "Enter the room's name.")
                .containsEntry("capacity", "Enter how many people the room holds.");
    }

    @Test
    void capacityAndTurnaroundMustBeSensible() {
        RoomDetails details = RoomTest.youthHall();
        details.setCapacity(0);
        details.setTurnaroundMinutes(-5);

        assertThat(problems(details))
                .containsEntry("capacity", "Capacity must be a whole number from 1 to 1000.")
                .containsEntry("turnaroundMinutes", "Turnaround must be from 0 to 240 minutes.");
    }

    @Test
    void aRoomMayNeedNoMinimumButTheShortestBookingIsAtLeastAMinute() {
        RoomDetails details = RoomTest.youthHall();
        details.setMinimumBookingMinutes(1);

        assertThat(problems(details)).isEmpty();

        details.setMinimumBookingMinutes(0);

        assertThat(problems(details))
                .containsEntry(
                        "minimumBookingMinutes", "The shortest booking must be from 1 to 1440 minutes (24 hours).");
    }

    @Test
    void ratesAreInPoundsAndPenceAndNeverNegative() {
        RoomDetails details = RoomTest.youthHall();
        details.setStandardHourlyRate(new BigDecimal("12.345"));
        details.setCommunityHourlyRate(new BigDecimal("-1"));

        assertThat(problems(details))
                .containsEntry("standardHourlyRate", "Enter the rate in pounds and pence, for example 12.50.")
                .containsEntry("communityHourlyRate", "The hourly rate cannot be negative.");
    }

    @Test
    void openingHoursNeedBothTimes() {
        RoomDetails details = RoomTest.youthHall();
        details.setOpeningHours(List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), null)));

        assertThat(problems(details)).containsEntry("openingHours[0].closes", "Enter the closing time.");
    }
}
