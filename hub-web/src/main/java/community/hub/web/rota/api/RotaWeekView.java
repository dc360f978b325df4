package community.hub.web.rota.api;

import community.hub.rota.Assignment;
import community.hub.rota.Gap;
import community.hub.rota.Shift;
import community.hub.rota.store.WeekAsShown;
import community.hub.web.api.EnumJson;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A week of the café rota as SPEC §4 shows it: each open shift with its places and who holds them, and every role it
 * is short of with the reason in plain words; then, for a published week, the changes since it was published (who was
 * added to or taken off which place). Days the café is closed have no shifts.
 */
public record RotaWeekView(String week, List<ShiftView> shifts, List<ChangeView> changes) {

    /** Someone added to a place ({@code kind} {@code added}) or taken off one ({@code removed}) after publishing. */
    public record ChangeView(long memberId, String name, String shiftId, String role, String kind) {}

    /**
     * One shift; {@code id} names it in reassignments and swaps, {@code start} and {@code end} are Europe/London. A
     * one-off shift says what it is for ({@code title}), and one for an event booked in the café room its {@code bookingId}.
     */
    public record ShiftView(
            String id,
            LocalDate date,
            LocalDateTime start,
            LocalDateTime end,
            List<PlaceView> places,
            @JsonbProperty("short") List<ShortView> shortOf,
            String title,
            Long bookingId) {}

    /** The places of one role on a shift and who is in them. */
    public record PlaceView(String role, int required, List<Assignee> assigned) {}

    public record Assignee(long memberId, String name) {}

    /** A role the shift is still short of, by how many, and why nobody could take it. */
    public record ShortView(String role, int missing, String reason) {}

    public static RotaWeekView of(WeekAsShown week, Locale locale) {
        return new RotaWeekView(
                week.getWeek().toString(),
                week.getRota().getShifts().stream()
                        .map(shift -> shift(week, shift, locale))
                        .toList(),
                week.getChanges().stream()
                        .map(change -> new ChangeView(
                                change.getMemberId(),
                                change.getName(),
                                change.getShift().getId(),
                                EnumJson.name(change.getRole()),
                                change.isAdded() ? "added" : "removed"))
                        .toList());
    }

    private static ShiftView shift(WeekAsShown week, Shift shift, Locale locale) {
        List<PlaceView> places = shift.getRoles().stream()
                .map(role -> new PlaceView(
                        EnumJson.name(role),
                        shift.placesFor(role),
                        week.getRota().assignedTo(shift, role).stream()
                                .map(Assignment::getMemberId)
                                .map(id -> new Assignee(id, week.nameOf(id)))
                                .toList()))
                .toList();
        List<ShortView> shortOf =
                week.gapsOn(shift).stream().map(gap -> shortOf(gap, locale)).toList();
        return new ShiftView(
                shift.getId(),
                shift.getDate(),
                LocalDateTime.of(shift.getDate(), shift.getStart()),
                LocalDateTime.of(shift.getDate(), shift.getEnd()),
                places,
                shortOf,
                week.titleOf(shift).orElse(null),
                week.eventBookingOf(shift).orElse(null));
    }

    private static ShortView shortOf(Gap gap, Locale locale) {
        return new ShortView(EnumJson.name(gap.getRole()), gap.getMissing(), gap.reason(locale));
    }
}
