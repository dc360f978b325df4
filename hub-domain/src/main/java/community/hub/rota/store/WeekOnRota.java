package community.hub.rota.store;

import community.hub.rota.Assignment;
import community.hub.rota.CafeRole;
import community.hub.rota.Gap;
import community.hub.rota.Rota;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One week of the café rota as people see it: the open shifts with who is on them and every place still open
 * with the reason, the shifts closed that week and why, whether it is published, and what changed since.
 */
public final class WeekOnRota {

    private final RotaWeek week;
    private final boolean published;
    private final Instant publishedAt;
    private final String publishedBy;
    private final Rota rota;
    private final List<Gap> gaps;
    private final List<ClosedShift> closedShifts;
    private final Map<Long, String> names;
    private final Map<String, String> titles;
    private final List<WeekChange> changes;
    private final int placedNow;

    WeekOnRota(CafeWeek stored, Rota rota, List<Gap> gaps, Map<Long, String> names, List<WeekChange> changes, int placedNow) {
        this.week = stored.getWeek();
        this.published = stored.isPublished();
        this.publishedAt = stored.getPublishedAt().orElse(null);
        this.publishedBy = stored.getPublishedBy();
        this.rota = rota;
        this.gaps = List.copyOf(gaps);
        this.closedShifts = stored.getShifts().stream().filter(CafeShift::isClosed)
                .map(shift -> new ClosedShift(shift.toShift(), shift.getClosedReason())).toList();
        this.names = Map.copyOf(names);
        this.titles = stored.getShifts().stream().filter(shift -> shift.getTitle() != null)
                .collect(Collectors.toUnmodifiableMap(CafeShift::getKey, CafeShift::getTitle));
        this.changes = List.copyOf(changes);
        this.placedNow = placedNow;
    }

    public RotaWeek getWeek() {
        return week;
    }

    public boolean isPublished() {
        return published;
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    /** The open shifts and who is where. */
    public Rota getRota() {
        return rota;
    }

    /** Every place nobody holds, in time order then by role, with the reason. */
    public List<Gap> getGaps() {
        return gaps;
    }

    public List<Gap> gapsOn(Shift shift) {
        return gaps.stream().filter(gap -> gap.getShift().equals(shift)).toList();
    }

    public Optional<Gap> gap(Shift shift, CafeRole role) {
        return gaps.stream().filter(gap -> gap.getShift().equals(shift) && gap.getRole() == role).findFirst();
    }

    public List<ClosedShift> getClosedShifts() {
        return closedShifts;
    }

    /** The member's name, also for someone who has left the team since. */
    public String nameOf(long memberId) {
        return names.getOrDefault(memberId, "#" + memberId);
    }

    /** What a one-off shift is for ("Community lunch"), or nothing for a shift from the weekly pattern. */
    public Optional<String> titleOf(Shift shift) {
        return Optional.ofNullable(titles.get(shift.getId()));
    }

    /** Changes since it was published, oldest first; none for a week not yet published. */
    public List<WeekChange> getChanges() {
        return changes;
    }

    /** True when the member was put in this place after the week was published. */
    public boolean isNewSincePublished(Assignment assignment) {
        return changes.stream().anyMatch(change -> change.getKind() == PublishedChange.Kind.ADDED
                && change.getShift().getId().equals(assignment.getShift().getId())
                && change.getMemberId() == assignment.getMemberId() && change.getRole() == assignment.getRole());
    }

    /** How many places auto-fill filled in the request that made this; nought for anything else. */
    public int getPlacedNow() {
        return placedNow;
    }

    /** A shift the café does not open for, and why. */
    public static final class ClosedShift {
        private final Shift shift;
        private final String reason;

        ClosedShift(Shift shift, String reason) {
            this.shift = shift;
            this.reason = reason;
        }

        public Shift getShift() {
            return shift;
        }

        public String getReason() {
            return reason;
        }
    }
}
