package community.hub.rota.store;

import community.hub.rota.Gap;
import community.hub.rota.Rota;
import community.hub.rota.RotaDeliveries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Puts together the {@link WeekAsShown} people see, from a stored week and what the rules made of it. */
@ApplicationScoped
public class ShownWeeks {

    @Inject
    private PublishedChanges changes;

    @Inject
    private LeftPlaces leftPlaces;

    /**
     * The week as shown: its places and gaps, the changes since it was published and how each member gets their rota;
     * {@code placed} counts the places auto-fill filled in this request.
     */
    public WeekAsShown show(StoredWeek stored, Rota rota, List<Gap> gaps, List<CafeMember> everyone, int placed) {
        Map<Long, String> names = everyone.stream().collect(Collectors.toMap(CafeMember::getId, CafeMember::getName));
        List<ChangeSincePublished> since = stored.isPublished()
                ? changes.ofWeek(stored).stream().map(ChangeSincePublished::new).toList()
                : List.of();
        RotaDeliveries deliveries = stored.isPublished()
                ? WeekWriter.deliveries(
                        rota,
                        everyone,
                        since.stream().map(ChangeSincePublished::getMemberId).collect(Collectors.toSet()))
                : null;
        return new WeekAsShown(stored, rota, withLeavers(stored, gaps), names, since, placed, deliveries);
    }

    /** Open places someone gave up by leaving the team say so first; a week not made yet has none. */
    private List<Gap> withLeavers(StoredWeek stored, List<Gap> gaps) {
        if (stored.getId() == null) {
            return gaps;
        }
        Map<String, String> leftBy = new HashMap<>();
        leftPlaces
                .ofWeek(stored)
                .forEach(left -> leftBy.putIfAbsent(
                        left.getShift().getKey() + "|" + left.getRole(),
                        left.getMember().getName()));
        if (leftBy.isEmpty()) {
            return gaps;
        }
        return gaps.stream()
                .map(gap -> {
                    String name = leftBy.get(gap.getShift().getId() + "|" + gap.getRole());
                    return name == null ? gap : gap.leftBy(name);
                })
                .toList();
    }
}
