package community.hub.rota.store;

import static community.hub.rota.store.RotaAccess.staffOnly;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import community.hub.rota.Assignment;
import community.hub.rota.CafeRole;
import community.hub.rota.Rota;
import community.hub.rota.RotaMember;
import community.hub.rota.RotaReason;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Members leaving the café team and coming back, as staff record it: what a leaver gives up (their places still to
 * come, their open swaps, being someone's buddy) and what they keep (places already worked, their hours, their account).
 */
@ApplicationScoped
@Transactional
public class LeavingService {

    @Inject
    private TeamMembers members;

    @Inject
    private RotaWeeks weeks;

    @Inject
    private HeldPlaces heldPlaces;

    @Inject
    private LeftPlaces leftPlaces;

    @Inject
    private ShiftSwaps swaps;

    @Inject
    private WeekMaker maker;

    @Inject
    private WeekWriter writer;

    @Inject
    private Clock clock;

    @Inject
    private ChangeLog changes;

    /**
     * Someone leaves the café team today. They keep their places on shifts already started or worked, and the hours;
     * they give up every place on a shift still to come, which becomes an open place saying they left (a published
     * week shows it as a change). Auto-fill never places them again, anyone whose buddy they were has no buddy now,
     * and their open swaps are closed. Staff may bring them back with {@link #comeBack}.
     */
    public Leaving leave(long memberId, @NotNull Account by) {
        staffOnly(by);
        List<CafeMember> everyone = members.everyone();
        CafeMember leaver = members.byId(memberId);
        if (!leaver.isActive()) {
            throw Refusal.conflict("memberId", "rota.member.alreadyLeft", leaver.getName());
        }
        Instant at = clock.instant();
        LocalDateTime now = HubTime.wallClock(at);
        leaver.leave(now.toLocalDate());
        List<PlaceGivenUp> givenUp = new ArrayList<>();
        for (RotaWeek week : heldPlaces.weeksWithPlacesOf(leaver, now.toLocalDate())) {
            StoredWeek stored = maker.lockedForChange(week, by);
            Rota before = stored.toRota();
            List<Assignment> leaving = before.placesFrom(memberId, now);
            if (leaving.isEmpty()) {
                continue;
            }
            writer.store(stored, before, before.without(leaving), by);
            for (Assignment place : leaving) {
                CafeShift shift = stored.shift(place.getShift().getId()).orElseThrow();
                leftPlaces.add(new LeftPlace(shift, leaver, place.getRole(), at));
                givenUp.add(new PlaceGivenUp(week, place.getShift(), place.getRole(), shift.getTitle()));
            }
        }
        for (CafeMember other : everyone) {
            RotaMember asTheRulesKnowIt = other.toRotaMember();
            if (asTheRulesKnowIt.getBuddyId().filter(buddy -> buddy == memberId).isPresent()) {
                asTheRulesKnowIt.pairWith(null);
                other.revise(asTheRulesKnowIt);
            }
        }
        closeSwapsOf(leaver, by, at);
        weeks.flush();
        changes.record(
                ChangedThing.CAFE_MEMBER,
                Change.LEFT_TEAM,
                leaver.getId(),
                leaver.getName(),
                givenUp.isEmpty()
                        ? null
                        : givenUp.size() + (givenUp.size() == 1 ? " place" : " places")
                                + " on shifts to come given up");
        return new Leaving(leaver.toRotaMember(), now.toLocalDate(), givenUp);
    }

    /** The places a member would give up if they left the team now, for staff to see before they say so. */
    public List<PlaceGivenUp> placesAhead(long memberId) {
        CafeMember member = members.byId(memberId);
        LocalDateTime now = HubTime.wallClock(clock.instant());
        List<PlaceGivenUp> ahead = new ArrayList<>();
        for (RotaWeek week : heldPlaces.weeksWithPlacesOf(member, now.toLocalDate())) {
            StoredWeek stored = weeks.load(weeks.idOf(week).orElseThrow());
            for (Assignment place : stored.toRota().placesFrom(memberId, now)) {
                ahead.add(new PlaceGivenUp(
                        week,
                        place.getShift(),
                        place.getRole(),
                        stored.shift(place.getShift().getId())
                                .map(CafeShift::getTitle)
                                .orElse(null)));
            }
        }
        return ahead;
    }

    /** Someone who left comes back to the team: auto-fill may place them again. Their old places are not given back. */
    public RotaMember comeBack(long memberId, @NotNull Account by) {
        staffOnly(by);
        CafeMember member = members.byId(memberId);
        if (member.isActive()) {
            throw Refusal.conflict("memberId", "rota.member.stillOnTeam", member.getName());
        }
        member.comeBack();
        leftPlaces.ofMember(member).forEach(leftPlaces::remove);
        weeks.flush();
        changes.record(ChangedThing.CAFE_MEMBER, Change.BACK_ON_TEAM, member.getId(), member.getName());
        return member.toRotaMember();
    }

    /** Those who have left the team, by name, with the day each left. */
    public List<FormerMember> formerMembers() {
        return members.everyone().stream()
                .filter(member -> !member.isActive())
                .map(member -> new FormerMember(
                        member.getId(), member.getName(), member.getLeftOn().orElse(null)))
                .toList();
    }

    /** Swaps a leaver offered are withdrawn; swaps they took are refused, saying they left. */
    private void closeSwapsOf(CafeMember leaver, Account by, Instant at) {
        String why = RotaReason.leftTheTeam(leaver.getName()).message(Locale.UK);
        for (ShiftSwap swap : swaps.involving(leaver, LocalDate.now(clock))) {
            if (!swap.getStatus().isOpen()) {
                continue;
            }
            if (swap.getOfferedBy().getId().equals(leaver.getId())) {
                swap.withdraw(by.getUsername(), at);
            } else {
                swap.refuse(why, by.getUsername(), at);
            }
        }
    }

    /** A place on a shift still to come that someone gives up by leaving the team; title for a one-off shift. */
    public record PlaceGivenUp(RotaWeek week, Shift shift, CafeRole role, String title) {}

    /** Someone who left the team, the day they left, and the places they gave up. */
    public record Leaving(RotaMember member, LocalDate on, List<PlaceGivenUp> placesGivenUp) {}

    /** Someone who has left the team, and the day they left (none for someone who left before the hub kept it). */
    public record FormerMember(long id, String name, LocalDate leftOn) {}
}
