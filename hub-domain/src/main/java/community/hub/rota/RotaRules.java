package community.hub.rota;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The café's hard rules with its support ratio, applied to one change at a time: a staff member dragging
 * someone to another place, or a volunteer handing a shift to someone else. Auto-fill asks the same rules.
 */
public final class RotaRules {

    private final SupportRatio supportRatio;

    public RotaRules(SupportRatio supportRatio) {
        this.supportRatio = Objects.requireNonNull(supportRatio);
    }

    public SupportRatio getSupportRatio() {
        return supportRatio;
    }

    /** The first rule the change would break, in plain words, or nothing if the week would keep every rule. */
    public Optional<RotaReason> check(Rota week, Collection<RotaMember> team, RotaChange change) {
        return make(change, new Placements(week, new Team(team)));
    }

    /** The week with the change made, or a refusal naming the rule it would break. */
    public Rota apply(Rota week, Collection<RotaMember> team, RotaChange change) {
        Placements placements = new Placements(week, new Team(team));
        Optional<RotaReason> broken = make(change, placements);
        if (broken.isPresent()) {
            throw broken.get().refusal("memberId");
        }
        return placements.toRota();
    }

    /** The first rule this member in this place would break, with the week as it stands. */
    Optional<HardRule> firstBroken(RotaMember member, Shift shift, CafeRole role, Placements placements) {
        return HardRule.firstBrokenBy(new Placing(member, shift, role, placements, supportRatio));
    }

    /**
     * Makes the change on the working copy, stopping at the first broken rule. People leave first; job coaches
     * come before those they support; last, the shifts people left must still have job coaches enough.
     */
    private Optional<RotaReason> make(RotaChange change, Placements placements) {
        for (Assignment leaving : change.getLeaving()) {
            if (!placements.remove(leaving)) {
                return Optional.of(aboutLeaving(leaving, placements, "change.notOnRota"));
            }
        }
        for (Assignment coming : change.getComing().stream()
                .sorted(Comparator.comparing(Assignment::getRole))
                .toList()) {
            Optional<RotaReason> broken = brokenBy(coming, placements);
            if (broken.isPresent()) {
                return broken;
            }
            placements.add(coming);
        }
        return change.getLeaving().stream()
                .filter(leaving -> !hasJobCoachesEnough(leaving.getShift(), placements))
                .findFirst()
                .map(leaving -> aboutLeaving(leaving, placements, "change.tooFewJobCoaches"));
    }

    private Optional<RotaReason> brokenBy(Assignment coming, Placements placements) {
        if (!placements.holds(coming.getShift())) {
            throw new IllegalArgumentException("Shift " + coming.getShift().getId() + " is not in this week");
        }
        Placing placing = new Placing(
                placements.team().member(coming.getMemberId()),
                coming.getShift(),
                coming.getRole(),
                placements,
                supportRatio);
        return HardRule.firstBrokenBy(placing).map(rule -> rule.brokenBy(placing));
    }

    private boolean hasJobCoachesEnough(Shift shift, Placements placements) {
        return supportRatio.allows(placements.needingJobCoachOn(shift), placements.jobCoachesOn(shift));
    }

    private static RotaReason aboutLeaving(Assignment leaving, Placements placements, String key) {
        String name = placements
                .team()
                .find(leaving.getMemberId())
                .map(RotaMember::getName)
                .orElse(String.valueOf(leaving.getMemberId()));
        Shift shift = leaving.getShift();
        return new RotaReason(key, name, leaving.getRole(), shift.getDay(), shift.getPartOfDay(), shift.getDate());
    }
}
