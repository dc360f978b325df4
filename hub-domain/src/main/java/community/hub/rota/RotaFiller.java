package community.hub.rota;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Auto-fill: fills a week's open places, shift by shift in time order, with people who keep every
 * {@link HardRule}. On each shift it fills the job coach places first, as others may need them, then
 * whichever open place the fewest people could take. For each place it prefers, in this order, someone
 * whose buddy is on the shift, someone who likes the same shifts and had this one last week, and whoever
 * has the fewest hours that week; the member id settles the rest, so the same week always fills the
 * same way. Places already held stay as they are, locked or not; to start a week again, fill
 * {@link Rota#keepingOnlyLocked()}.
 */
public final class RotaFiller {

    private final RotaRules rules;

    public RotaFiller(RotaRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    public FilledRota fill(Rota week, Collection<RotaMember> team) {
        return fill(week, team, List.of());
    }

    /** Fills the week, keeping the shifts of last week's rota for those who like the same shifts. */
    public FilledRota fill(Rota week, Collection<RotaMember> team, Collection<Assignment> lastWeek) {
        Placements placements = new Placements(week, new Team(team));
        LastWeek routines = new LastWeek(lastWeek);
        for (Shift shift : week.getShifts()) {
            fillShift(shift, placements, routines);
        }
        return new FilledRota(placements.toRota(), gapsIn(week, placements));
    }

    /** Every open place in the week as it stands, with the reason nobody is in it. */
    public List<Gap> gaps(Rota week, Collection<RotaMember> team) {
        return gapsIn(week, new Placements(week, new Team(team)));
    }

    private void fillShift(Shift shift, Placements placements, LastWeek routines) {
        Optional<Candidates> next = nextPlace(shift, placements);
        while (next.isPresent()) {
            RotaMember chosen = next.get().members().stream()
                    .min(preferences(shift, placements, routines))
                    .orElseThrow();
            placements.add(new Assignment(shift, chosen.getId(), next.get().role(), false));
            next = nextPlace(shift, placements);
        }
    }

    /** The open place to fill next: job coaches first, then the one the fewest people could take. */
    private Optional<Candidates> nextPlace(Shift shift, Placements placements) {
        return shift.getRoles().stream()
                .map(role -> new Candidates(role, candidates(shift, role, placements)))
                .filter(candidates -> !candidates.members().isEmpty())
                .min(Comparator.comparing((Candidates candidates) -> candidates.role() != CafeRole.SUPERVISOR_JOB_COACH)
                        .thenComparingInt(candidates -> candidates.members().size())
                        .thenComparing(Candidates::role));
    }

    /** Everyone who could take a place of this role now; nobody once its places are full. */
    private List<RotaMember> candidates(Shift shift, CafeRole role, Placements placements) {
        return placements.team().inIdOrder().stream()
                .filter(member ->
                        rules.firstBroken(member, shift, role, placements).isEmpty())
                .toList();
    }

    private static Comparator<RotaMember> preferences(Shift shift, Placements placements, LastWeek routines) {
        return Comparator.comparing((RotaMember member) -> !placements.isWithBuddy(member, shift))
                .thenComparing(member -> routines.fit(member, shift))
                .thenComparing(member -> placements.hoursOf(member.getId()))
                .thenComparingLong(RotaMember::getId);
    }

    private List<Gap> gapsIn(Rota week, Placements placements) {
        List<Gap> gaps = new ArrayList<>();
        for (Shift shift : week.getShifts()) {
            for (CafeRole role : shift.getRoles()) {
                int missing = shift.placesFor(role) - placements.filled(shift, role);
                if (missing > 0) {
                    gaps.add(new Gap(shift, role, missing, whyOpen(new OpenPlace(shift, role), placements)));
                }
            }
        }
        return gaps;
    }

    /** Why nobody is in the place, from the first rule each member would break there. */
    private RotaReason whyOpen(OpenPlace place, Placements placements) {
        Set<HardRule> stoppedBy = EnumSet.noneOf(HardRule.class);
        for (RotaMember member : placements.team().inIdOrder()) {
            Optional<HardRule> broken = rules.firstBroken(member, place.shift(), place.role(), placements);
            if (broken.isEmpty()) {
                return place.stillOpen();
            }
            stoppedBy.add(broken.get());
        }
        return place.why(stoppedBy, placements.jobCoachesOn(place.shift()), rules.getSupportRatio());
    }

    /** A role on a shift and the members who could take its next place. */
    private record Candidates(CafeRole role, List<RotaMember> members) {}
}
