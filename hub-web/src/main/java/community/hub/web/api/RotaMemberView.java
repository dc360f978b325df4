package community.hub.web.api;

import community.hub.rota.AvailableTime;
import community.hub.rota.CafeRole;
import community.hub.rota.RotaMember;
import community.hub.rota.TimeAway;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * A member of the café team as SPEC §4 lists them ({@code id, name, roles, maxHoursPerWeek, needsJobCoach,
 * availability}); their own record adds their time away.
 */
public record RotaMemberView(long id, String name, List<String> roles, BigDecimal maxHoursPerWeek, boolean needsJobCoach,
                             List<Available> availability, List<Away> timeAway) {

    /** A time they can work every week: {@code {"day": "tuesday", "from": "08:30:00", "until": "12:30:00"}}. */
    public record Available(DayOfWeek day, LocalTime from, LocalTime until) {
        AvailableTime toAvailableTime() {
            return new AvailableTime(day, from, until);
        }
    }

    /** Days away, the first to the last, both included. */
    public record Away(LocalDate first, LocalDate last) {
    }

    /** As staff see everyone on the team. */
    public static RotaMemberView of(RotaMember member) {
        return view(member, null);
    }

    /** As a member sees themselves, with their time away. */
    public static RotaMemberView own(RotaMember member) {
        return view(member, member.getTimeAway().stream().map(away -> new Away(away.getFirst(), away.getLast())).toList());
    }

    private static RotaMemberView view(RotaMember member, List<Away> timeAway) {
        List<String> roles = Arrays.stream(CafeRole.values()).filter(member::isTrainedFor).map(EnumJson::name).toList();
        BigDecimal hours = BigDecimal.valueOf(member.getMaximumPerWeek().toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return new RotaMemberView(member.getId(), member.getName(), roles, hours.scale() < 0 ? hours.setScale(0) : hours,
                member.isNeedsJobCoach(),
                member.getAvailability().stream().map(time -> new Available(time.getDay(), time.getFrom(), time.getUntil())).toList(),
                timeAway);
    }

    static TimeAway away(Away away) {
        return new TimeAway(away.first(), away.last());
    }
}
