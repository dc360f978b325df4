package community.hub.web.rota.api;

import community.hub.rota.AvailableTime;
import community.hub.rota.CafeRole;
import community.hub.rota.RotaDelivery;
import community.hub.rota.RotaMember;
import community.hub.rota.TimeAway;
import community.hub.web.api.EnumJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * A member of the café team as SPEC §4 lists them ({@code id, name, roles, maxHoursPerWeek, needsJobCoach,
 * availability}), with the rest of what the rota knows about them: their time away, their buddy, whether they like
 * the same shifts each week, how they like to get their rota and their own email address for it, (for staff) the volunteer
 * account they sign in with, whether they are on the team now and, if they left it, the day they left.
 */
public record RotaMemberView(
        long id,
        String name,
        List<String> roles,
        BigDecimal maxHoursPerWeek,
        boolean needsJobCoach,
        List<Available> availability,
        List<Away> timeAway,
        Long buddyId,
        boolean prefersSameShifts,
        List<String> rotaBy,
        String username,
        String email,
        Boolean onTeam,
        LocalDate leftOn) {

    /** A time they can work every week: {@code {"day": "tuesday", "from": "08:30:00", "until": "12:30:00"}}. */
    public record Available(DayOfWeek day, LocalTime from, LocalTime until) {
        AvailableTime toAvailableTime() {
            return new AvailableTime(day, from, until);
        }
    }

    /** Days away, the first to the last, both included. */
    public record Away(LocalDate first, LocalDate last) {}

    /** As staff see everyone on the team, with the account they sign in with (null for none). */
    public static RotaMemberView of(RotaMember member, String username) {
        return view(member, username, true, null);
    }

    /** As staff see one member, on the team or not: whether they are, and the day they left. */
    public static RotaMemberView of(RotaMember member, String username, boolean onTeam, LocalDate leftOn) {
        return view(member, username, onTeam, leftOn);
    }

    /** As a member sees themselves. */
    public static RotaMemberView own(RotaMember member) {
        return view(member, null, true, null);
    }

    private static RotaMemberView view(RotaMember member, String username, boolean onTeam, LocalDate leftOn) {
        List<String> roles = Arrays.stream(CafeRole.values())
                .filter(member::isTrainedFor)
                .map(EnumJson::name)
                .toList();
        BigDecimal hours = BigDecimal.valueOf(member.getMaximumPerWeek().toMinutes())
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return new RotaMemberView(
                member.getId(),
                member.getName(),
                roles,
                hours.scale() < 0 ? hours.setScale(0) : hours,
                member.isNeedsJobCoach(),
                member.getAvailability().stream()
                        .map(time -> new Available(time.getDay(), time.getFrom(), time.getUntil()))
                        .toList(),
                member.getTimeAway().stream()
                        .map(away -> new Away(away.getFirst(), away.getLast()))
                        .toList(),
                member.getBuddyId().orElse(null),
                member.isPrefersSameShifts(),
                Arrays.stream(RotaDelivery.values())
                        .filter(member.getRotaBy()::contains)
                        .map(EnumJson::name)
                        .toList(),
                username,
                member.getEmail().orElse(null),
                onTeam,
                leftOn);
    }

    static TimeAway away(Away away) {
        return new TimeAway(away.first(), away.last());
    }
}
