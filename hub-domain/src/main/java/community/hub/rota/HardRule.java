package community.hub.rota;

import java.time.Duration;
import java.util.Optional;

/**
 * The rules no rota may break, each written once, in the order they are asked. Auto-fill places only
 * someone who keeps them all; a staff move or a volunteer swap is refused with the first one it breaks.
 */
enum HardRule {
    PLACE_OPEN {
        @Override
        boolean allows(Placing placing) {
            return placing.placements().filled(placing.shift(), placing.role())
                    < placing.shift().placesFor(placing.role());
        }

        @Override
        RotaReason brokenBy(Placing placing) {
            return placing.reason("change.placeFilled");
        }
    },

    TRAINED {
        @Override
        boolean allows(Placing placing) {
            return placing.member().isTrainedFor(placing.role());
        }

        @Override
        RotaReason brokenBy(Placing placing) {
            return placing.reason("change.notTrained");
        }
    },

    AVAILABLE {
        @Override
        boolean allows(Placing placing) {
            return placing.member().isAvailableFor(placing.shift());
        }

        @Override
        RotaReason brokenBy(Placing placing) {
            return placing.reason("change.unavailable");
        }
    },

    NOT_AWAY {
        @Override
        boolean allows(Placing placing) {
            return !placing.member().isAwayOn(placing.shift().getDate());
        }

        @Override
        RotaReason brokenBy(Placing placing) {
            return placing.reason("change.away");
        }
    },

    /** Nobody works two overlapping shifts, nor two places on one shift. */
    ONE_PLACE_AT_A_TIME {
        @Override
        boolean allows(Placing placing) {
            return placing.placements().of(placing.member().getId()).stream()
                    .noneMatch(held -> held.getShift().overlaps(placing.shift()));
        }

        @Override
        RotaReason brokenBy(Placing placing) {
            return placing.reason("change.alreadyWorking");
        }
    },

    /** Counts every place they hold that week, locked ones included. */
    WITHIN_MAXIMUM_HOURS {
        @Override
        boolean allows(Placing placing) {
            return hoursWith(placing).compareTo(placing.member().getMaximumPerWeek()) <= 0;
        }

        @Override
        RotaReason brokenBy(Placing placing) {
            return placing.reason(
                    "change.maximumHours", hoursWith(placing), placing.member().getMaximumPerWeek());
        }

        private Duration hoursWith(Placing placing) {
            return placing.placements()
                    .hoursOf(placing.member().getId())
                    .plus(placing.shift().getLength());
        }
    },

    /** Someone who needs a job coach goes only where a job coach on the shift can still support them. */
    JOB_COACH_ON_SHIFT {
        @Override
        boolean allows(Placing placing) {
            return !placing.member().isNeedsJobCoach()
                    || placing.supportRatio()
                            .allows(placing.placements().needingJobCoachOn(placing.shift()) + 1, jobCoaches(placing));
        }

        @Override
        RotaReason brokenBy(Placing placing) {
            return jobCoaches(placing) == 0
                    ? placing.reason("change.noJobCoach")
                    : placing.reason(
                            "change.jobCoachesFull", placing.supportRatio().getMembersPerJobCoach());
        }

        private int jobCoaches(Placing placing) {
            return placing.placements().jobCoachesOn(placing.shift());
        }
    };

    abstract boolean allows(Placing placing);

    /** The broken rule in plain words, about this member and this place. */
    abstract RotaReason brokenBy(Placing placing);

    static Optional<HardRule> firstBrokenBy(Placing placing) {
        for (HardRule rule : values()) {
            if (!rule.allows(placing)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
