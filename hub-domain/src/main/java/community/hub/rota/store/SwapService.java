package community.hub.rota.store;

import static community.hub.rota.store.RotaAccess.notPublished;
import static community.hub.rota.store.RotaAccess.staffOnly;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.rota.Assignment;
import community.hub.rota.Rota;
import community.hub.rota.RotaChange;
import community.hub.rota.RotaMember;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A volunteer's own shifts and the swaps between members: a volunteer offers their place on a published shift,
 * another takes it if {@link community.hub.rota.RotaRules} allow, staff approve or refuse. A swap first locks its
 * week's row, so the swap and the week are read as they stand once it is this request's turn.
 */
@ApplicationScoped
@Transactional
public class SwapService {

    @Inject
    private TeamMembers members;

    @Inject
    private RotaWeeks weeks;

    @Inject
    private ShiftSwaps swaps;

    @Inject
    private HeldPlaces heldPlaces;

    @Inject
    private PublishedChanges changes;

    @Inject
    private WeekWriter writer;

    @Inject
    private CafeSettingsService settings;

    @Inject
    private Clock clock;

    /** The caller's places in published weeks, from this week on. */
    public List<MemberShift> shiftsOf(@NotNull Account by) {
        CafeMember me = members.signedInAs(by);
        LocalDate from = RotaWeek.containing(LocalDate.now(clock)).getMonday();
        Set<Long> newSincePublished = changes.shiftsAddedTo(me);
        Map<Long, ShiftSwap> offered = swaps.involving(me, from).stream()
                .filter(swap ->
                        swap.getStatus().isOpen() && swap.getOfferedBy().getId().equals(me.getId()))
                .collect(Collectors.toMap(swap -> swap.getShift().getId(), Function.identity(), (one, other) -> one));
        return heldPlaces.ofMemberPublished(me, from).stream()
                .map(held -> new MemberShift(
                        held,
                        newSincePublished.contains(held.getShift().getId()),
                        offered.get(held.getShift().getId())))
                .toList();
    }

    /** A volunteer offers their place on a shift of a published week to the rest of the team. */
    public ShiftSwap offer(@NotNull RotaWeek week, String shiftId, @NotNull Account by) {
        CafeMember me = members.signedInAs(by);
        StoredWeek stored = weeks.idOf(week)
                .map(weeks::lock)
                .filter(StoredWeek::isPublished)
                .orElseThrow(() -> notPublished(week));
        CafeShift shift = stored.shift(shiftId == null ? "" : shiftId)
                .filter(open -> !open.isClosed())
                .orElseThrow(() -> Refusal.invalid("shiftId", "rota.shiftNotFound", shiftId, week));
        checkNotPast(shift, "shiftId");
        CafeAssignment held =
                shift.assignmentOf(me.getId()).orElseThrow(() -> Refusal.invalid("shiftId", "rota.swap.notYourShift"));
        if (swaps.isOffered(shift, me)) {
            throw Refusal.conflict("shiftId", "rota.swap.alreadyOffered");
        }
        ShiftSwap swap = new ShiftSwap(held, clock.instant());
        swaps.add(swap);
        return swap;
    }

    /**
     * Another member takes an offered shift, if they could work it by every rule as the week stands; otherwise the
     * refusal says which rule, and nothing changes. Staff still decide.
     */
    public ShiftSwap take(long swapId, @NotNull Account by) {
        CafeMember me = members.signedInAs(by);
        ShiftSwap swap = lockedSwap(swapId);
        if (swap.getOfferedBy().getId().equals(me.getId())) {
            throw Refusal.invalid("swapId", "rota.swap.ownShift");
        }
        if (swap.getStatus() != SwapStatus.OFFERED) {
            throw Refusal.conflict("swapId", "rota.swap.notOffered");
        }
        checkNotPast(swap.getShift(), "swapId");
        Rota rota = swap.getShift().getWeek().toRota();
        settings.rules()
                .check(rota, TeamMembers.onTheTeam(members.everyone()), handOver(swap, rota, me))
                .ifPresent(broken -> {
                    throw broken.saidToThePerson().refusal("memberId");
                });
        swap.takenBy(me, clock.instant());
        return swap;
    }

    /** Staff approve a taken swap: every rule is checked again on the week as it now stands, and the rota changes. */
    public ShiftSwap approve(long swapId, @NotNull Account by) {
        staffOnly(by);
        List<CafeMember> everyone = members.everyone();
        ShiftSwap swap = lockedSwap(swapId);
        if (swap.getStatus() != SwapStatus.TAKEN) {
            throw Refusal.conflict("swapId", "rota.swap.notTaken");
        }
        StoredWeek stored = swap.getShift().getWeek();
        Rota before = stored.toRota();
        Rota after = settings.rules()
                .apply(
                        before,
                        TeamMembers.onTheTeam(everyone),
                        handOver(swap, before, swap.getTakenBy().orElseThrow()));
        writer.store(stored, before, after, by);
        swap.approve(by.getUsername(), clock.instant());
        return swap;
    }

    public ShiftSwap refuse(long swapId, String reason, @NotNull Account by) {
        staffOnly(by);
        ShiftSwap swap = lockedSwap(swapId);
        swap.refuse(reason, by.getUsername(), clock.instant());
        return swap;
    }

    /** The volunteer who offered the shift keeps it after all. */
    public ShiftSwap withdraw(long swapId, @NotNull Account by) {
        CafeMember me = members.signedInAs(by);
        ShiftSwap swap = lockedSwap(swapId);
        if (!swap.getOfferedBy().getId().equals(me.getId())) {
            throw Refusal.notFound("rota.swap.notFound", swapId);
        }
        swap.withdraw(by.getUsername(), clock.instant());
        return swap;
    }

    /**
     * Swaps from this week on the caller may see: staff every open one; a volunteer the shifts others offer that the
     * rota rules would let them take (trained, free, not away, within their hours, with a job coach if they need
     * one), and every swap of their own.
     */
    public List<ShiftSwap> swaps(@NotNull Account by) {
        LocalDate today = LocalDate.now(clock);
        if (by.isStaff()) {
            return swaps.inStatusFrom(ShiftSwaps.OPEN, today);
        }
        CafeMember me = members.signedInAs(by);
        Map<Long, ShiftSwap> seen = new LinkedHashMap<>();
        List<RotaMember> team = TeamMembers.onTheTeam(members.everyone());
        Map<StoredWeek, Rota> rotas = new HashMap<>();
        swaps.inStatusFrom(List.of(SwapStatus.OFFERED), today).stream()
                .filter(swap -> !swap.getOfferedBy().getId().equals(me.getId()))
                .filter(swap -> swappable(swap.getShift().toShift()))
                .filter(swap -> {
                    Rota rota = rotas.computeIfAbsent(swap.getShift().getWeek(), StoredWeek::toRota);
                    return rota.shift(swap.getShift().getKey()).isPresent()
                            && settings.rules()
                                    .check(rota, team, handOver(swap, rota, me))
                                    .isEmpty();
                })
                .forEach(swap -> seen.put(swap.getId(), swap));
        swaps.involving(me, today).forEach(swap -> seen.put(swap.getId(), swap));
        return seen.values().stream()
                .sorted(Comparator.comparing((ShiftSwap swap) -> swap.getShift().getDate())
                        .thenComparing(swap -> swap.getShift().getStart())
                        .thenComparing(ShiftSwap::getId))
                .toList();
    }

    /** Shifts other members offer, from today on, for a volunteer to take. */
    public List<ShiftSwap> offeredByOthers(@NotNull Account by) {
        long myId = members.signedInAs(by).getId();
        return swaps(by).stream()
                .filter(swap -> swap.getStatus() == SwapStatus.OFFERED
                        && swap.getOfferedBy().getId() != myId)
                .toList();
    }

    /** A volunteer's own swaps from today on, whatever has become of them: those they offered and those they took. */
    public List<ShiftSwap> ownSwaps(@NotNull Account by) {
        long myId = members.signedInAs(by).getId();
        return swaps(by).stream()
                .filter(swap -> swap.getOfferedBy().getId() == myId
                        || swap.getTakenBy().map(taker -> taker.getId() == myId).orElse(false))
                .toList();
    }

    /** Taken swaps of shifts in the week, waiting for staff to approve or refuse them. */
    public List<ShiftSwap> waitingIn(@NotNull RotaWeek week, @NotNull Account by) {
        return swaps(by).stream()
                .filter(swap -> swap.getStatus() == SwapStatus.TAKEN
                        && week.contains(swap.getShift().getDate()))
                .toList();
    }

    /** Locks the swap's week first, so the swap and the week are read as they stand once it is this request's turn. */
    private ShiftSwap lockedSwap(long swapId) {
        weeks.lock(weeks.weekIdOfSwap(swapId));
        return swaps.byId(swapId);
    }

    /** The swap as a change to the week; refused if its shift has left the week (closed: its event called off, say). */
    static RotaChange handOver(ShiftSwap swap, Rota rota, CafeMember taker) {
        Shift shift = rota.shift(swap.getShift().getKey())
                .orElseThrow(() -> Refusal.conflict("swapId", "rota.swap.shiftGone"));
        return RotaChange.handOver(
                new Assignment(shift, swap.getOfferedBy().getId(), swap.getRole(), false), taker.getId());
    }

    /** Whether a place on the shift may still be offered or taken: not once the shift has started. */
    public boolean swappable(Shift shift) {
        return !shift.hasBegun(LocalDateTime.now(clock));
    }

    private void checkNotPast(CafeShift shift, String field) {
        if (!swappable(shift.toShift())) {
            throw Refusal.conflict(field, "rota.shiftPast");
        }
    }
}
