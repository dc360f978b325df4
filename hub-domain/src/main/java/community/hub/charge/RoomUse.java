package community.hub.charge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One date an organisation used a room, or kept it: a confirmed date that took place or is booked, or one it
 * called off after the cut-off.
 *
 * @param minutes            how long, in minutes of real time
 * @param hourlyRate         the room's hourly rate for the organisation's rate band
 * @param standardHourlyRate the room's full hourly rate, for the value the hub gives
 */
public record RoomUse(
        long bookingId,
        String title,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String room,
        long minutes,
        BigDecimal hourlyRate,
        BigDecimal standardHourlyRate,
        boolean cancelledLate) {}
