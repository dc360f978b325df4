package community.hub.web.rota.api;

import community.hub.rota.store.CafeMember;
import community.hub.rota.store.ShiftSwap;
import community.hub.web.api.EnumJson;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A shift offered for swapping, who took it and where it has got to ({@code offered}, {@code taken}, {@code approved}...). */
public record SwapView(
        long id,
        String week,
        String shiftId,
        LocalDate date,
        LocalDateTime start,
        LocalDateTime end,
        String role,
        RotaWeekView.Assignee offeredBy,
        RotaWeekView.Assignee takenBy,
        String status,
        String reason) {

    public static SwapView of(ShiftSwap swap) {
        return new SwapView(
                swap.getId(),
                swap.getShift().getWeek().getWeek().toString(),
                swap.getShift().getKey(),
                swap.getShift().getDate(),
                LocalDateTime.of(swap.getShift().getDate(), swap.getShift().getStart()),
                LocalDateTime.of(swap.getShift().getDate(), swap.getShift().getEnd()),
                EnumJson.name(swap.getRole()),
                person(swap.getOfferedBy()),
                swap.getTakenBy().map(SwapView::person).orElse(null),
                EnumJson.name(swap.getStatus()),
                swap.getReason());
    }

    private static RotaWeekView.Assignee person(CafeMember member) {
        return new RotaWeekView.Assignee(member.getId(), member.getName());
    }
}
