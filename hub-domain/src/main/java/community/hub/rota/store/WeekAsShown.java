package community.hub.rota.store;

import community.hub.rota.Assignment;
import community.hub.rota.CafeRole;
import community.hub.rota.Gap;
import community.hub.rota.Rota;
import community.hub.rota.RotaDeliveries;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One week of the café rota as people see it (a read-only view model, detached from the database; the stored row is
 * a {@link StoredWeek}, which week it is a {@link RotaWeek}): the open shifts with who is on them and every place still open
 * with the reason, the shifts closed that week and why, whether it is published, and what changed since.
 */
public final class WeekAsShown {

    private final RotaWeek week;
    private final boolean published;
    private final Instant publishedAt;
    private final String publishedBy;
    private final Rota rota;
    private final List<Gap> gaps;
    private final List<ClosedShift> closedShifts;
    private final Map<Long, String> names;
    private final Map<String, String> titles;
    private final Map<String, Long> eventBookings;
    private final Set<String> oneOffs;
    private final List<ChangeSincePublished> changes;
    private final int placedNow;
    private final RotaDeliveries deliveries;

    WeekAsShown(
            StoredWeek stored,
            Rota rota,
            List<Gap> gaps,
            Map<Long, String> names,
            List<ChangeSincePublished> changes,
            int placedNow,
            RotaDeliveries deliveries) {
        this.week = stored.getWeek();
        this.published = stored.isPublished();
        this.publishedAt = stored.getPublishedAt().orElse(null);
        this.publishedBy = stored.getPublishedBy();
        this.rota = rota;
        this.gaps = List.copyOf(gaps);
        this.closedShifts = stored.getShifts().stream()
                .filter(CafeShift::isClosed)
                .map(shift -> new ClosedShift(shift.toShift(), shift.getClosedReason()))
                .toList();
        this.names = Map.copyOf(names);
        this.titles = stored.getShifts().stream()
                .filter(shift -> shift.getTitle() != null)
                .collect(Collectors.toUnmodifiableMap(CafeShift::getKey, CafeShift::getTitle));
        this.eventBookings = stored.getShifts().stream()
                .filter(shift -> shift.getBookingId().isPresent())
                .collect(Collectors.toUnmodifiableMap(
                        CafeShift::getKey, shift -> shift.getBookingId().orElseThrow()));
        this.oneOffs = stored.getShifts().stream()
                .filter(CafeShift::isExtra)
                .map(CafeShift::getKey)
                .collect(Collectors.toUnmodifiableSet());
        this.changes = List.copyOf(changes);
        this.placedNow = placedNow;
        this.deliveries = deliveries;
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
        return gaps.stream()
                .filter(gap -> gap.getShift().equals(shift) && gap.getRole() == role)
                .findFirst();
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

    /** The booking of the event in the café room a one-off shift is for, or nothing for any other shift. */
    public Optional<Long> eventBookingOf(Shift shift) {
        return Optional.ofNullable(eventBookings.get(shift.getId()));
    }

    /** True for a one-off shift (an event, an extra shift), false for one from the weekly pattern. */
    public boolean isOneOff(Shift shift) {
        return oneOffs.contains(shift.getId());
    }

    /** The open shifts on one day, in time order. */
    public List<Shift> shiftsOn(LocalDate date) {
        return rota.getShifts().stream()
                .filter(shift -> shift.getDate().equals(date))
                .toList();
    }

    /** Changes since it was published, oldest first; none for a week not yet published. */
    public List<ChangeSincePublished> getChanges() {
        return changes;
    }

    /** True when the member was put in this place after the week was published. */
    public boolean isNewSincePublished(Assignment assignment) {
        return changes.stream()
                .anyMatch(change -> change.getKind() == StoredChange.Kind.ADDED
                        && change.getShift()
                                .getId()
                                .equals(assignment.getShift().getId())
                        && change.getMemberId() == assignment.getMemberId()
                        && change.getRole() == assignment.getRole());
    }

    /** How many places auto-fill filled in the request that made this; nought for anything else. */
    public int getPlacedNow() {
        return placedNow;
    }

    /**
     * For a published week, how each member on it gets their rota: by email, printed by staff, or by their own
     * calendar feed, and who wants it by email but has no address. Nothing for a week not published yet.
     */
    public Optional<RotaDeliveries> getDeliveries() {
        return Optional.ofNullable(deliveries);
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
