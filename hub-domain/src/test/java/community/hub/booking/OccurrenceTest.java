package community.hub.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.HubTime;
import community.hub.room.Room;
import community.hub.room.RoomDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** How long an occurrence can hold its room, which bounds how far back the clash check and availability look. */
class OccurrenceTest {

    private static final Instant NOW = HubTime.instant(LocalDate.of(2027, 1, 1), LocalTime.NOON);

    private static Room roomWithTurnaround(int minutes) {
        Room room = BookingRulesTest.clinic(1);
        RoomDetails details = RoomDetails.of(room);
        details.setTurnaroundMinutes(minutes);
        details.setMaximumBookingMinutes(1440);
        room.revise(details);
        return room;
    }

    private static Booking wholeDay(Room room, LocalDate date) {
        BookingRequest request = BookingRulesTest.request(
                "All day", LocalDateTime.of(date, LocalTime.MIDNIGHT), LocalDateTime.of(date, LocalTime.of(23, 59)));
        return new Booking(request, room, null, BookingRules.slots(request), BookingStatus.CONFIRMED, "staff", NOW);
    }

    @Test
    void theLongestBookingOnTheDayTheClocksGoBackWithTheLongestTurnaroundStillFitsTheLookBack() {
        Room room = roomWithTurnaround(RoomDetails.LONGEST_TURNAROUND_MINUTES);
        Occurrence longest =
                wholeDay(room, LocalDate.of(2027, 10, 31)).getOccurrences().get(0);

        Duration held = Duration.between(longest.startsAt(), longest.blockedUntil());

        assertThat(held)
                .isEqualTo(Duration.ofHours(25).plusMinutes(-1).plusMinutes(RoomDetails.LONGEST_TURNAROUND_MINUTES));
        assertThat(held).isLessThanOrEqualTo(Occurrence.LONGEST_HOLD);
        assertThat(Occurrence.earliestStartHolding(longest.blockedUntil().minusSeconds(1)))
                .as("still found when asking just before it frees the room")
                .isLessThan(longest.startsAt().getEpochSecond());
    }

    @Test
    void aTurnaroundLongerThanRoomsMayHaveIsNeverStoredWhereTheLookBackWouldMissIt() {
        Room room = roomWithTurnaround(RoomDetails.LONGEST_TURNAROUND_MINUTES + 120);

        assertThatThrownBy(() -> wholeDay(room, LocalDate.of(2027, 10, 31))).isInstanceOf(IllegalStateException.class);
        Occurrence ordinary = wholeDay(roomWithTurnaround(30), LocalDate.of(2027, 3, 2))
                .getOccurrences()
                .get(0);
        assertThat(ordinary.blockedUntil()).isEqualTo(ordinary.endsAt().plus(Duration.ofMinutes(30)));
    }
}
