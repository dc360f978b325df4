package community.hub.rota.store;

import static community.hub.rota.store.RotaAccess.notPublished;
import static community.hub.rota.store.RotaAccess.staffOnly;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.rota.Assignment;
import community.hub.rota.CafeRole;
import community.hub.rota.FilledRota;
import community.hub.rota.Gap;
import community.hub.rota.Rota;
import community.hub.rota.RotaChange;
import community.hub.rota.RotaFiller;
import community.hub.rota.RotaNews;
import community.hub.rota.RotaRules;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A week of the café rota as staff run it: seen, filled, changed and published; volunteers see published weeks. It
 * loads the week, lets {@link RotaFiller} and {@link RotaRules} decide, and stores what they decided; a refused change
 * changes nothing. Every change first locks the week's row ({@link WeekMaker#lockedForChange}), so two people changing
 * one week at once take turns, across every server sharing the database; the second sees the first's result.
 */
@ApplicationScoped
@Transactional
public class RotaWeekService {

    @Inject
    private TeamMembers members;

    @Inject
    private RotaWeeks weeks;

    @Inject
    private WeekMaker maker;

    @Inject
    private WeekWriter writer;

    @Inject
    private ShownWeeks shown;

    @Inject
    private PublishedChanges publishedChanges;

    @Inject
    private CafeSettingsService settings;

    @Inject
    private Clock clock;

    /**
     * The week as the caller may see it: staff any week (as it would be made from the pattern, if nobody changed it
     * yet: looking changes nothing, the first change makes it), anyone else only a published week; an unpublished week
     * is "not found" to them.
     */
    public WeekAsShown week(@NotNull RotaWeek week, @NotNull Account by) {
        List<CafeMember> everyone = members.everyone();
        StoredWeek stored;
        if (by.isStaff()) {
            stored = weeks.idOf(week).map(weeks::load).orElseGet(() -> maker.planned(week));
        } else {
            stored = weeks.idOf(week)
                    .map(weeks::load)
                    .filter(StoredWeek::isPublished)
                    .orElseThrow(() -> notPublished(week));
        }
        Rota rota = stored.toRota();
        return shown.show(stored, rota, gaps(rota, everyone), everyone, 0);
    }

    /**
     * Fills the week's open places, keeping everyone already placed; for those who like the same shifts, the week
     * before counts. Returns the week with every place left open and why.
     */
    public WeekAsShown autoFill(@NotNull RotaWeek week, @NotNull Account by) {
        staffOnly(by);
        List<CafeMember> everyone = members.everyone();
        StoredWeek stored = maker.lockedForChange(week, by);
        Rota before = stored.toRota();
        FilledRota filled =
                new RotaFiller(settings.rules()).fill(before, TeamMembers.onTheTeam(everyone), lastWeek(week));
        writer.store(stored, before, filled.getRota(), by);
        int placed = filled.getRota().getAssignments().size()
                - before.getAssignments().size();
        return shown.show(stored, filled.getRota(), filled.getGaps(), everyone, placed);
    }

    /**
     * Staff put someone in a place, take them off one, or move them from one place to another, with every rule checked
     * on the week as it now stands. The places they set are locked: auto-fill keeps them.
     */
    public WeekAsShown reassign(@NotNull RotaWeek week, @NotNull Move move, @NotNull Account by) {
        staffOnly(by);
        if (move.fromShiftId() == null && move.toShiftId() == null) {
            throw Refusal.invalid("toShiftId", "rota.move.nothing");
        }
        if (move.toShiftId() != null && move.toRole() == null) {
            throw Refusal.invalid("toRole", "rota.move.roleNeeded");
        }
        List<CafeMember> everyone = members.everyone();
        StoredWeek stored = maker.lockedForChange(week, by);
        CafeMember member = everyone.stream()
                .filter(one -> one.getId() == move.memberId())
                .findFirst()
                .orElseThrow(() -> Refusal.invalid("memberId", "rota.memberNotFound", move.memberId()));
        if (!member.isActive()) {
            throw Refusal.conflict("memberId", "rota.member.hasLeft", member.getName());
        }
        Rota before = stored.toRota();
        List<Assignment> leaving = new ArrayList<>();
        List<Assignment> coming = new ArrayList<>();
        if (move.fromShiftId() != null) {
            Shift from = openShift(stored, before, move.fromShiftId(), "fromShiftId");
            CafeRole role = move.fromRole() != null
                    ? move.fromRole()
                    : before.shiftsOf(member.getId()).stream()
                            .filter(held -> held.getShift().equals(from))
                            .map(Assignment::getRole)
                            .findFirst()
                            .orElseThrow(
                                    () -> Refusal.conflict("fromShiftId", "rota.move.notOnShift", member.getName()));
            leaving.add(new Assignment(from, member.getId(), checkedRole(from, role, "fromRole"), false));
        }
        if (move.toShiftId() != null) {
            Shift to = openShift(stored, before, move.toShiftId(), "toShiftId");
            coming.add(Assignment.setByStaff(to, member.getId(), checkedRole(to, move.toRole(), "toRole")));
        }
        Rota after = settings.rules().apply(before, TeamMembers.onTheTeam(everyone), RotaChange.of(leaving, coming));
        writer.store(stored, before, after, by);
        return shown.show(stored, after, gaps(after, everyone), everyone, 0);
    }

    /** A one-off shift in the week, such as a community lunch in the café, with the places staff choose. */
    public WeekAsShown addShift(@NotNull RotaWeek week, @NotNull ExtraShift extra, @NotNull Account by) {
        staffOnly(by);
        if (extra.date() == null || !week.contains(extra.date())) {
            throw Refusal.invalid("date", "rota.shift.outsideWeek", week);
        }
        if (extra.start() == null || extra.end() == null) {
            throw Refusal.invalid(extra.start() == null ? "start" : "end", "rota.shift.timesNeeded");
        }
        String title = extra.title() == null || extra.title().isBlank()
                ? null
                : extra.title().trim();
        if (title != null && title.length() > 80) {
            throw Refusal.invalid("title", "rota.shift.titleTooLong", 80);
        }
        StoredWeek stored = maker.lockedForChange(week, by);
        Optional<CafeShift> closedThatDay = stored.getShifts().stream()
                .filter(shift -> shift.isClosed() && shift.getDate().equals(extra.date()))
                .findFirst();
        if (closedThatDay.isPresent()) {
            throw Refusal.conflict(
                    "date", "rota.shiftClosed", closedThatDay.get().getClosedReason());
        }
        long extras = stored.getShifts().stream().filter(CafeShift::isExtra).count();
        Shift shift = new Shift(
                Shift.idFor(extra.date(), extra.start()) + "-extra-" + (extras + 1),
                extra.date(),
                extra.start(),
                extra.end(),
                counted(extra.places() == null ? Map.of() : extra.places()));
        weeks.addShift(stored, new CafeShift(stored, shift, true, title));
        return week(week, by);
    }

    /**
     * One shift of the week needs other numbers of people, such as an event in the café that needs a kitchen too.
     * Those already on it keep their places; fewer places than people in a job is refused.
     */
    public WeekAsShown changePlaces(
            @NotNull RotaWeek week, String shiftId, @NotNull Map<CafeRole, Integer> places, @NotNull Account by) {
        staffOnly(by);
        List<CafeMember> everyone = members.everyone();
        StoredWeek stored = maker.lockedForChange(week, by);
        Rota before = stored.toRota();
        openShift(stored, before, shiftId, "shiftId");
        Rota after = before.withPlaces(shiftId, counted(places));
        stored.shift(shiftId).orElseThrow().changePlaces(after.shift(shiftId).orElseThrow());
        return shown.show(stored, after, gaps(after, everyone), everyone, 0);
    }

    /**
     * Volunteers may see the week from now on. Publishing it again makes the week as it stands the published one:
     * the changes since the last time are no longer shown as changes.
     */
    public WeekAsShown publish(@NotNull RotaWeek week, @NotNull Account by) {
        staffOnly(by);
        List<CafeMember> everyone = members.everyone();
        StoredWeek stored = maker.lockedForChange(week, by);
        boolean firstTime = !stored.isPublished();
        publishedChanges.forget(stored);
        stored.publish(by.getUsername(), clock.instant());
        weeks.flush();
        if (firstTime) {
            Rota published = stored.toRota();
            writer.tell(RotaNews.published(
                    published, WeekWriter.deliveries(published, everyone, Set.of()), stored.titles()));
        }
        return week(week, by);
    }

    private List<Gap> gaps(Rota rota, List<CafeMember> everyone) {
        return new RotaFiller(settings.rules()).gaps(rota, TeamMembers.onTheTeam(everyone));
    }

    /** Last week's places, for those who like the same shifts each week; none if last week was never made. */
    private List<Assignment> lastWeek(RotaWeek week) {
        return weeks.idOf(week.previous())
                .map(id -> weeks.load(id).toRota().getAssignments())
                .orElse(List.of());
    }

    /** How many places of each role, none given counting as nought. */
    private static Map<CafeRole, Integer> counted(Map<CafeRole, Integer> places) {
        Map<CafeRole, Integer> counted = new EnumMap<>(CafeRole.class);
        places.forEach((role, count) -> counted.put(role, count == null ? 0 : count));
        return counted;
    }

    private static Shift openShift(StoredWeek stored, Rota rota, String shiftId, String field) {
        CafeShift shift = stored.shift(shiftId)
                .orElseThrow(() -> Refusal.invalid(field, "rota.shiftNotFound", shiftId, stored.getWeek()));
        if (shift.isClosed()) {
            throw Refusal.conflict(field, "rota.shiftClosed", shift.getClosedReason());
        }
        return rota.shift(shiftId).orElseThrow();
    }

    private static CafeRole checkedRole(Shift shift, CafeRole role, String field) {
        if (shift.placesFor(role) == 0) {
            throw Refusal.invalid(field, "rota.move.noSuchPlace");
        }
        return role;
    }

    /**
     * A staff change to one member's places in a week: from a place (the role may be left out, it is the one they
     * hold), to a place, or both. Shifts are named by their ids in the week.
     */
    public record Move(long memberId, String fromShiftId, CafeRole fromRole, String toShiftId, CafeRole toRole) {}

    /** A one-off shift: its date and times, how many places of each role (none given counts as nought), and what it is for. */
    public record ExtraShift(
            LocalDate date, LocalTime start, LocalTime end, Map<CafeRole, Integer> places, String title) {}
}
