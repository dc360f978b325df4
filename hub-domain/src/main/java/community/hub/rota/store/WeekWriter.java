package community.hub.rota.store;

import community.hub.account.Account;
import community.hub.rota.Assignment;
import community.hub.rota.CafeRole;
import community.hub.rota.Rota;
import community.hub.rota.RotaDeliveries;
import community.hub.rota.RotaNews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes what the rules settled on for a week: who holds which place, and for a published week what changed since
 * it was published, with the news for those who get their rota by email. The one place a week's places are written.
 */
@ApplicationScoped
public class WeekWriter {

    @Inject
    private TeamMembers members;

    @Inject
    private RotaWeeks weeks;

    @Inject
    private PublishedChanges changes;

    @Inject
    private LeftPlaces leftPlaces;

    @Inject
    private Event<RotaNews> news;

    @Inject
    private Clock clock;

    /** Writes the places the rules settled on, and for a published week what changed. */
    public void store(StoredWeek stored, Rota before, Rota after, Account by) {
        Map<String, List<Assignment>> byShift = after.getAssignments().stream()
                .collect(Collectors.groupingBy(
                        assignment -> assignment.getShift().getId()));
        for (CafeShift shift : stored.getShifts()) {
            if (!shift.isClosed()) {
                shift.settle(byShift.getOrDefault(shift.getKey(), List.of()), members::byId);
            }
        }
        recordChanges(stored, before, after, by.getUsername());
        leftPlaces.ofWeek(stored).stream()
                .filter(left -> after.shift(left.getShift().getKey())
                        .map(shift -> after.missing(shift, left.getRole()) == 0)
                        .orElse(true))
                .forEach(leftPlaces::remove);
    }

    /**
     * Records, for a published week, who was added to and taken off which place. A change that undoes an earlier one
     * since publishing cancels it out, so the list always says how the week differs from what people were told.
     */
    public void recordChanges(StoredWeek stored, Rota before, Rota after, String by) {
        if (!stored.isPublished()) {
            return;
        }
        weeks.flush();
        Set<Place> was = places(before);
        Set<Place> now = places(after);
        List<StoredChange> earlier = new ArrayList<>(changes.ofWeek(stored));
        Instant at = clock.instant();
        for (Place place : was) {
            if (!now.contains(place)) {
                change(stored, place, StoredChange.Kind.REMOVED, StoredChange.Kind.ADDED, earlier, by, at);
            }
        }
        for (Place place : now) {
            if (!was.contains(place)) {
                change(stored, place, StoredChange.Kind.ADDED, StoredChange.Kind.REMOVED, earlier, by, at);
            }
        }
        Set<Long> changed = RotaNews.changedMembers(before, after);
        if (!changed.isEmpty()) {
            tell(RotaNews.changed(before, after, deliveries(after, members.everyone(), changed), stored.titles()));
        }
    }

    /** News for the members who get their rota by email; the mail outbox writes it in this transaction. */
    public void tell(RotaNews what) {
        if (!what.isEmpty()) {
            news.fire(what);
        }
    }

    /** How each member on the team that the week concerns gets their rota. */
    public static RotaDeliveries deliveries(Rota rota, List<CafeMember> everyone, Set<Long> changed) {
        Map<Long, String> addresses = new HashMap<>();
        everyone.stream()
                .filter(CafeMember::isActive)
                .forEach(member -> member.emailAddress().ifPresent(address -> addresses.put(member.getId(), address)));
        return RotaDeliveries.of(rota, TeamMembers.onTheTeam(everyone), addresses, changed);
    }

    private void change(
            StoredWeek stored,
            Place place,
            StoredChange.Kind kind,
            StoredChange.Kind undoes,
            List<StoredChange> earlier,
            String by,
            Instant at) {
        Optional<StoredChange> undone = earlier.stream()
                .filter(change -> change.getKind() == undoes && place.is(change))
                .findFirst();
        if (undone.isPresent()) {
            changes.remove(undone.get());
            earlier.remove(undone.get());
            return;
        }
        CafeShift shift = stored.shift(place.shiftId()).orElseThrow();
        changes.add(new StoredChange(shift, members.byId(place.memberId()), place.role(), kind, by, at));
    }

    private static Set<Place> places(Rota rota) {
        return rota.getAssignments().stream()
                .map(held -> new Place(held.getShift().getId(), held.getMemberId(), held.getRole()))
                .collect(Collectors.toSet());
    }

    /** One place as publishing compares them: locking a place is no change people need to hear about. */
    private record Place(String shiftId, long memberId, CafeRole role) {
        boolean is(StoredChange change) {
            return change.getShift().getKey().equals(shiftId)
                    && change.getMember().getId() == memberId
                    && change.getRole() == role;
        }
    }
}
