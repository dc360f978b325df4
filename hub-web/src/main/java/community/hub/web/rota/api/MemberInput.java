package community.hub.web.rota.api;

import community.hub.rota.CafeRole;
import community.hub.rota.FreeTimeDetails;
import community.hub.rota.MemberDetails;
import community.hub.rota.RotaDelivery;
import community.hub.rota.TimeAwayDetails;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A member of the café team as staff send them to add or change them: the same fields the team list shows. Missing
 * lists of availability and time away mean none; a missing {@code rotaBy} means the printed easy-read rota; a missing
 * {@code email} means none of their own (the rota by email then goes to their account's address, if any). Roles,
 * days and ways of getting the rota are snake_case ({@code front_of_house}, {@code tuesday}, {@code easy_read_print}).
 */
public record MemberInput(
        String name,
        String username,
        Set<CafeRole> roles,
        BigDecimal maxHoursPerWeek,
        Boolean needsJobCoach,
        List<RotaMemberView.Available> availability,
        List<RotaMemberView.Away> timeAway,
        Long buddyId,
        Boolean prefersSameShifts,
        Set<RotaDelivery> rotaBy,
        String email) {

    MemberDetails toDetails() {
        MemberDetails details = new MemberDetails();
        details.setName(name);
        details.setUsername(username);
        details.setEmail(email);
        details.setRoles(roles == null ? null : new LinkedHashSet<>(roles));
        details.setMaxHoursPerWeek(maxHoursPerWeek);
        details.setNeedsJobCoach(Boolean.TRUE.equals(needsJobCoach));
        details.setAvailability(
                availability == null
                        ? new ArrayList<>()
                        : new ArrayList<>(availability.stream()
                                .map(time -> time == null
                                        ? null
                                        : new FreeTimeDetails(time.day(), time.from(), time.until()))
                                .toList()));
        details.setTimeAway(
                timeAway == null
                        ? new ArrayList<>()
                        : new ArrayList<>(timeAway.stream()
                                .map(away -> away == null ? null : new TimeAwayDetails(away.first(), away.last()))
                                .toList()));
        details.setBuddyId(buddyId);
        details.setPrefersSameShifts(Boolean.TRUE.equals(prefersSameShifts));
        details.setRotaBy(rotaBy == null ? EnumSet.of(RotaDelivery.EASY_READ_PRINT) : new LinkedHashSet<>(rotaBy));
        return details;
    }
}
