package community.hub.rota.store;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.account.AccountService;
import community.hub.account.Role;
import community.hub.booking.Booking;
import community.hub.booking.BookingStatus;
import community.hub.booking.Closure;
import community.hub.booking.ClosureService;
import community.hub.booking.Occurrence;
import community.hub.rota.Assignment;
import community.hub.rota.AvailableTime;
import community.hub.rota.CafeRole;
import community.hub.rota.CafeSettings;
import community.hub.rota.EventShifts;
import community.hub.rota.FilledRota;
import community.hub.rota.Gap;
import community.hub.rota.MemberDetails;
import community.hub.rota.RegularShift;
import community.hub.rota.Rota;
import community.hub.rota.RotaChange;
import community.hub.rota.RotaDeliveries;
import community.hub.rota.RotaFiller;
import community.hub.rota.RotaMember;
import community.hub.rota.RotaNews;
import community.hub.rota.RotaReason;
import community.hub.rota.RotaRules;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import community.hub.rota.ShiftPattern;
import community.hub.rota.SupportRatio;
import community.hub.rota.TimeAway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The café rota as people run it: staff fill, change and publish weeks; volunteers keep their availability and
 * time away, see published weeks and swap shifts. It loads the rows, builds the rota's own objects, lets
 * {@link RotaFiller} and {@link RotaRules} decide, and stores what they decided; a refused change changes nothing.
 * <p>
 * Every change to a week first locks the week's row, so two people filling or changing one week at once take turns,
 * across every server sharing the database; the second sees the first's result. A week is made from the weekly
 * pattern the first time anyone needs it, with the shifts on days the hub or the café is closed closed.
 */
@ApplicationScoped
@Transactional
public class CafeRotaService {

    /** The café's room: a closure of it closes the café, as a hub-wide closure does. */
    public static final String CAFE_ROOM = "cafe";

    private static final List<SwapStatus> OPEN = List.of(SwapStatus.OFFERED, SwapStatus.TAKEN);

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private ClosureService closures;

    @Inject
    private AccountService accounts;

    @Inject
    private Event<RotaNews> news;

    // The team

    /** Someone joins the café team, signing in with the given account, or with none when the username is null. */
    public RotaMember join(@NotNull RotaMember details, String username) {
        Account account = username == null ? null : accounts.byUsername(username)
                .orElseThrow(() -> Refusal.invalid("username", "rota.member.noAccount", username));
        if (account != null && account.getRole() != Role.VOLUNTEER) {
            throw Refusal.invalid("username", "rota.member.volunteersOnly", username);
        }
        CafeMember member = new CafeMember(details, account);
        entityManager.persist(member);
        entityManager.flush();
        return member.toRotaMember();
    }

    /**
     * Staff add someone to the café team with everything the rota needs to know about them, signing in with the
     * volunteer account named (if any). Invalid details and broken rota rules are refused, and nothing is kept then.
     */
    public RotaMember addMember(@NotNull(message = "{request.body.required}") @Valid MemberDetails details) {
        RotaMember member = details.toNewMember();
        checkBuddy(member);
        CafeMember stored = new CafeMember(member, linkable(details.linkedUsername(), null));
        entityManager.persist(stored);
        entityManager.flush();
        return stored.toRotaMember();
    }

    /** Staff change everything about a member at once, as {@link #addMember} checks it. */
    public RotaMember changeMember(long memberId, @NotNull(message = "{request.body.required}") @Valid MemberDetails details) {
        CafeMember stored = storedMember(memberId);
        RotaMember member = stored.toRotaMember();
        details.applyTo(member);
        checkBuddy(member);
        stored.linkTo(linkable(details.linkedUsername(), stored));
        stored.revise(member);
        return member;
    }

    /** A member as a form or the API shows them for changing, with the account they sign in with. */
    public MemberDetails memberDetails(long memberId) {
        CafeMember stored = storedMember(memberId);
        return MemberDetails.of(stored.toRotaMember(), stored.getAccount() == null ? null : stored.getAccount().getUsername());
    }

    /**
     * The username each member signs in with, by member id, those who left the team too (their account stays theirs, for
     * when they come back); members without an account are left out.
     */
    public Map<Long, String> usernames() {
        Map<Long, String> usernames = new HashMap<>();
        everyone().stream().filter(member -> member.getAccount() != null)
                .forEach(member -> usernames.put(member.getId(), member.getAccount().getUsername()));
        return usernames;
    }

    /** Volunteer accounts that are open, by username: those a member of the team could sign in with. */
    public List<Account> volunteerAccounts() {
        return entityManager.createQuery("select a from Account a where a.role = :role and a.active = true order by a.username",
                Account.class).setParameter("role", Role.VOLUNTEER).getResultList();
    }

    /** Changes what the rota knows about a member; the rota's own rules refuse nonsense, and nothing is kept then. */
    public RotaMember revise(long memberId, @NotNull Consumer<RotaMember> change) {
        CafeMember member = storedMember(memberId);
        RotaMember revised = member.toRotaMember();
        change.accept(revised);
        if (revised.getBuddyId().isPresent()) {
            storedMember(revised.getBuddyId().get());
        }
        member.revise(revised);
        return revised;
    }

    /** Who is on the café team now, in id order. */
    public List<RotaMember> team() {
        return active(everyone());
    }

    public RotaMember member(long memberId) {
        return storedMember(memberId).toRotaMember();
    }

    /** The caller's own place on the team; "not found" if they have none. */
    public RotaMember me(@NotNull Account by) {
        return memberOf(by).toRotaMember();
    }

    /** A volunteer gives the times they can work every week, replacing the ones they gave before. */
    public RotaMember changeAvailability(@NotNull Account by, @NotNull Collection<AvailableTime> times) {
        return reviseOwn(by, member -> member.changeAvailability(times));
    }

    public RotaMember goAway(@NotNull Account by, @NotNull TimeAway away) {
        return reviseOwn(by, member -> member.goAway(away));
    }

    public RotaMember cancelTimeAway(@NotNull Account by, @NotNull TimeAway away) {
        return reviseOwn(by, member -> member.cancelTimeAway(away));
    }

    private RotaMember reviseOwn(Account by, Consumer<RotaMember> change) {
        return revise(memberOf(by).getId(), change);
    }

    /** The volunteer account of that username, if no one else on the team signs in with it; none for no username. */
    private Account linkable(String username, CafeMember self) {
        if (username == null) {
            return null;
        }
        Account account = accounts.byUsername(username).orElseThrow(() -> Refusal.invalid("username", "rota.member.noAccount", username));
        if (account.getRole() != Role.VOLUNTEER) {
            throw Refusal.invalid("username", "rota.member.volunteersOnly", username);
        }
        Optional<CafeMember> holder = entityManager.createNamedQuery("CafeMember.ofAccount", CafeMember.class)
                .setParameter("account", account).getResultStream().filter(other -> self == null || !other.getId().equals(self.getId()))
                .findFirst();
        if (holder.isPresent()) {
            throw Refusal.invalid("username", "rota.member.accountTaken", username, holder.get().getName());
        }
        return account;
    }

    /**
     * Someone leaves the café team today. They keep their places on shifts already started or worked, and the hours;
     * they give up every place on a shift still to come, which becomes an open place saying they left (a published
     * week shows it as a change). Auto-fill never places them again, anyone whose buddy they were has no buddy now,
     * and their open swaps are closed. Staff may bring them back with {@link #comeBack}.
     */
    public Leaving leave(long memberId, @NotNull Account by) {
        staffOnly(by);
        everyone();
        CafeMember leaver = storedMember(memberId);
        if (!leaver.isActive()) {
            throw Refusal.conflict("memberId", "rota.member.alreadyLeft", leaver.getName());
        }
        Instant at = clock.instant();
        LocalDateTime now = HubTime.wallClock(at);
        leaver.leave(now.toLocalDate());
        List<PlaceGivenUp> givenUp = new ArrayList<>();
        for (RotaWeek week : weeksWithPlacesOf(leaver, now.toLocalDate())) {
            CafeWeek stored = lockedWeek(week, by);
            Rota before = rotaOf(stored);
            List<Assignment> leaving = before.placesFrom(memberId, now);
            if (leaving.isEmpty()) {
                continue;
            }
            store(stored, before, before.without(leaving), by);
            for (Assignment place : leaving) {
                CafeShift shift = stored.shift(place.getShift().getId()).orElseThrow();
                entityManager.persist(new LeftPlace(shift, leaver, place.getRole(), at));
                givenUp.add(new PlaceGivenUp(week, place.getShift(), place.getRole(), shift.getTitle()));
            }
        }
        for (CafeMember other : everyone()) {
            RotaMember asTheRulesKnowIt = other.toRotaMember();
            if (asTheRulesKnowIt.getBuddyId().filter(buddy -> buddy == memberId).isPresent()) {
                asTheRulesKnowIt.pairWith(null);
                other.revise(asTheRulesKnowIt);
            }
        }
        closeSwapsOf(leaver, by, at);
        entityManager.flush();
        return new Leaving(leaver.toRotaMember(), now.toLocalDate(), givenUp);
    }

    /** The places a member would give up if they left the team now, for staff to see before they say so. */
    public List<PlaceGivenUp> placesAhead(long memberId) {
        CafeMember member = storedMember(memberId);
        LocalDateTime now = HubTime.wallClock(clock.instant());
        List<PlaceGivenUp> ahead = new ArrayList<>();
        for (RotaWeek week : weeksWithPlacesOf(member, now.toLocalDate())) {
            CafeWeek stored = loadWeek(existingWeekId(week).orElseThrow(), false);
            for (Assignment place : rotaOf(stored).placesFrom(memberId, now)) {
                ahead.add(new PlaceGivenUp(week, place.getShift(), place.getRole(), stored.shift(place.getShift().getId())
                        .map(CafeShift::getTitle).orElse(null)));
            }
        }
        return ahead;
    }

    /** Someone who left comes back to the team: auto-fill may place them again. Their old places are not given back. */
    public RotaMember comeBack(long memberId, @NotNull Account by) {
        staffOnly(by);
        CafeMember member = storedMember(memberId);
        if (member.isActive()) {
            throw Refusal.conflict("memberId", "rota.member.stillOnTeam", member.getName());
        }
        member.comeBack();
        entityManager.createNamedQuery("LeftPlace.ofMember", LeftPlace.class).setParameter("member", member).getResultList()
                .forEach(entityManager::remove);
        entityManager.flush();
        return member.toRotaMember();
    }

    /** Those who have left the team, by name, with the day each left. */
    public List<FormerMember> formerMembers() {
        return everyone().stream().filter(member -> !member.isActive())
                .map(member -> new FormerMember(member.getId(), member.getName(), member.getLeftOn().orElse(null))).toList();
    }

    /**
     * Whether a member is on the team, and how the rota reaches them: the address their rota by email goes to and the
     * account they sign in with (for their own calendar feed).
     */
    public Standing standing(long memberId) {
        CafeMember member = storedMember(memberId);
        return new Standing(member.isActive(), member.getLeftOn().orElse(null), member.emailAddress().orElse(null),
                member.getAccount() == null ? null : member.getAccount().getUsername());
    }

    /** The weeks, earliest first, in which the member has a place on an open shift from that day on. */
    private List<RotaWeek> weeksWithPlacesOf(CafeMember member, LocalDate from) {
        return entityManager.createNamedQuery("CafeAssignment.mondaysOfMemberFrom", LocalDate.class).setParameter("member", member)
                .setParameter("from", from).getResultList().stream().map(RotaWeek::containing).toList();
    }

    /** Swaps a leaver offered are withdrawn; swaps they took are refused, saying they left. */
    private void closeSwapsOf(CafeMember leaver, Account by, Instant at) {
        String why = RotaReason.leftTheTeam(leaver.getName()).message(Locale.UK);
        for (ShiftSwap swap : entityManager.createNamedQuery("ShiftSwap.involving", ShiftSwap.class).setParameter("member", leaver)
                .setParameter("from", LocalDate.now(clock)).getResultList()) {
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

    /** A buddy must be someone on the team now. */
    private void checkBuddy(RotaMember member) {
        Optional<Long> buddyId = member.getBuddyId();
        if (buddyId.isPresent()) {
            CafeMember buddy = entityManager.find(CafeMember.class, buddyId.get());
            if (buddy == null || !buddy.isActive()) {
                throw Refusal.invalid("buddyId", "rota.member.noBuddy", buddyId.get());
            }
        }
    }

    // The weekly pattern and the café's settings

    /** The café's usual week, Monday first. */
    public List<RegularShift> pattern() {
        return new ShiftPattern(entityManager.createNamedQuery("PatternShift.all", PatternShift.class).getResultList().stream()
                .map(PatternShift::toRegularShift).toList()).getRegularShifts();
    }

    /** A new usual week, for weeks not made yet; weeks already made keep their shifts. */
    public List<RegularShift> replacePattern(@NotNull Collection<RegularShift> regularShifts) {
        ShiftPattern pattern = new ShiftPattern(regularShifts);
        entityManager.find(RotaSettings.class, RotaSettings.ONLY_ROW, LockModeType.PESSIMISTIC_WRITE);
        entityManager.createNamedQuery("PatternShift.all", PatternShift.class).getResultList().forEach(entityManager::remove);
        entityManager.flush();
        pattern.getRegularShifts().forEach(shift -> entityManager.persist(new PatternShift(shift)));
        return pattern.getRegularShifts();
    }

    public SupportRatio supportRatio() {
        return settings().supportRatio();
    }

    /** How many members who need a job coach one job coach can support, from the next change to any week on. */
    public SupportRatio changeSupportRatio(int membersPerJobCoach) {
        SupportRatio ratio = new SupportRatio(membersPerJobCoach);
        entityManager.find(RotaSettings.class, RotaSettings.ONLY_ROW, LockModeType.PESSIMISTIC_WRITE).changeSupportRatio(ratio);
        return ratio;
    }

    /** The support ratio and the places an event in the café room gets, as staff change them. */
    public CafeSettings cafeSettings() {
        RotaSettings settings = settings();
        return new CafeSettings(settings.supportRatio(), settings.eventShifts());
    }

    /**
     * New settings for the café: the support ratio counts from the next change to any week on (weeks already filled
     * keep their places); the places for events count for events booked from now on.
     */
    public CafeSettings changeSettings(@NotNull(message = "{request.body.required}") @Valid CafeSettings changed) {
        SupportRatio ratio = changed.supportRatio();
        EventShifts events = changed.eventShifts();
        RotaSettings settings = entityManager.find(RotaSettings.class, RotaSettings.ONLY_ROW, LockModeType.PESSIMISTIC_WRITE);
        settings.changeSupportRatio(ratio);
        settings.changeEventShifts(events);
        return new CafeSettings(ratio, events);
    }

    // Weeks

    /**
     * The week as the caller may see it: staff any week (made from the pattern if nobody needed it before),
     * anyone else only a published week; an unpublished week is "not found" to them.
     */
    public WeekOnRota week(@NotNull RotaWeek week, @NotNull Account by) {
        List<CafeMember> everyone = everyone();
        CafeWeek stored;
        if (isStaff(by)) {
            stored = loadWeek(weekId(week), false);
        } else {
            stored = existingWeekId(week).map(id -> loadWeek(id, false))
                    .filter(CafeWeek::isPublished).orElseThrow(() -> notPublished(week));
        }
        Rota rota = rotaOf(stored);
        return view(stored, rota, new RotaFiller(rules()).gaps(rota, active(everyone)), everyone, 0);
    }

    /**
     * Fills the week's open places, keeping everyone already placed; for those who like the same shifts, the week
     * before counts. Returns the week with every place left open and why.
     */
    public WeekOnRota autoFill(@NotNull RotaWeek week, @NotNull Account by) {
        staffOnly(by);
        List<CafeMember> everyone = everyone();
        CafeWeek stored = lockedWeek(week, by);
        Rota before = rotaOf(stored);
        FilledRota filled = new RotaFiller(rules()).fill(before, active(everyone), lastWeek(week));
        store(stored, before, filled.getRota(), by);
        int placed = filled.getRota().getAssignments().size() - before.getAssignments().size();
        return view(stored, filled.getRota(), filled.getGaps(), everyone, placed);
    }

    /**
     * Staff put someone in a place, take them off one, or move them from one place to another, with every rule checked
     * on the week as it now stands. The places they set are locked: auto-fill keeps them.
     */
    public WeekOnRota reassign(@NotNull RotaWeek week, @NotNull Move move, @NotNull Account by) {
        staffOnly(by);
        if (move.fromShiftId() == null && move.toShiftId() == null) {
            throw Refusal.invalid("toShiftId", "rota.move.nothing");
        }
        if (move.toShiftId() != null && move.toRole() == null) {
            throw Refusal.invalid("toRole", "rota.move.roleNeeded");
        }
        List<CafeMember> everyone = everyone();
        CafeWeek stored = lockedWeek(week, by);
        CafeMember member = everyone.stream().filter(one -> one.getId() == move.memberId()).findFirst()
                .orElseThrow(() -> Refusal.invalid("memberId", "rota.memberNotFound", move.memberId()));
        if (!member.isActive()) {
            throw Refusal.conflict("memberId", "rota.member.hasLeft", member.getName());
        }
        Rota before = rotaOf(stored);
        List<Assignment> leaving = new ArrayList<>();
        List<Assignment> coming = new ArrayList<>();
        if (move.fromShiftId() != null) {
            Shift from = openShift(stored, before, move.fromShiftId(), "fromShiftId");
            CafeRole role = move.fromRole() != null ? move.fromRole() : before.shiftsOf(member.getId()).stream()
                    .filter(held -> held.getShift().equals(from)).map(Assignment::getRole).findFirst()
                    .orElseThrow(() -> Refusal.conflict("fromShiftId", "rota.move.notOnShift", member.getName()));
            leaving.add(new Assignment(from, member.getId(), checkedRole(from, role, "fromRole"), false));
        }
        if (move.toShiftId() != null) {
            Shift to = openShift(stored, before, move.toShiftId(), "toShiftId");
            coming.add(Assignment.setByStaff(to, member.getId(), checkedRole(to, move.toRole(), "toRole")));
        }
        Rota after = rules().apply(before, active(everyone), RotaChange.of(leaving, coming));
        store(stored, before, after, by);
        return view(stored, after, new RotaFiller(rules()).gaps(after, active(everyone)), everyone, 0);
    }

    /** A one-off shift in the week, such as a community lunch in the café, with the places staff choose. */
    public WeekOnRota addShift(@NotNull RotaWeek week, @NotNull ExtraShift extra, @NotNull Account by) {
        staffOnly(by);
        if (extra.date() == null || !week.contains(extra.date())) {
            throw Refusal.invalid("date", "rota.shift.outsideWeek", week);
        }
        if (extra.start() == null || extra.end() == null) {
            throw Refusal.invalid(extra.start() == null ? "start" : "end", "rota.shift.timesNeeded");
        }
        String title = extra.title() == null || extra.title().isBlank() ? null : extra.title().trim();
        if (title != null && title.length() > 80) {
            throw Refusal.invalid("title", "rota.shift.titleTooLong", 80);
        }
        CafeWeek stored = lockedWeek(week, by);
        Optional<CafeShift> closedThatDay = stored.getShifts().stream()
                .filter(shift -> shift.isClosed() && shift.getDate().equals(extra.date())).findFirst();
        if (closedThatDay.isPresent()) {
            throw Refusal.conflict("date", "rota.shiftClosed", closedThatDay.get().getClosedReason());
        }
        long extras = stored.getShifts().stream().filter(CafeShift::isExtra).count();
        Map<CafeRole, Integer> places = new EnumMap<>(CafeRole.class);
        if (extra.places() != null) {
            extra.places().forEach((role, count) -> places.put(role, count == null ? 0 : count));
        }
        Shift shift = new Shift(Shift.idFor(extra.date(), extra.start()) + "-extra-" + (extras + 1), extra.date(),
                extra.start(), extra.end(), places);
        CafeShift added = new CafeShift(stored, shift, true, title);
        entityManager.persist(added);
        stored.add(added);
        return week(week, by);
    }

    /**
     * One shift of the week needs other numbers of people, such as an event in the café that needs a kitchen too.
     * Those already on it keep their places; fewer places than people in a job is refused.
     */
    public WeekOnRota changePlaces(@NotNull RotaWeek week, String shiftId, @NotNull Map<CafeRole, Integer> places, @NotNull Account by) {
        staffOnly(by);
        List<CafeMember> everyone = everyone();
        CafeWeek stored = lockedWeek(week, by);
        Rota before = rotaOf(stored);
        openShift(stored, before, shiftId, "shiftId");
        Map<CafeRole, Integer> counted = new EnumMap<>(CafeRole.class);
        places.forEach((role, count) -> counted.put(role, count == null ? 0 : count));
        Rota after = before.withPlaces(shiftId, counted);
        stored.shift(shiftId).orElseThrow().changePlaces(after.shift(shiftId).orElseThrow());
        return view(stored, after, new RotaFiller(rules()).gaps(after, active(everyone)), everyone, 0);
    }

    /**
     * Volunteers may see the week from now on. Publishing it again makes the week as it stands the published one:
     * the changes since the last time are no longer shown as changes.
     */
    public WeekOnRota publish(@NotNull RotaWeek week, @NotNull Account by) {
        staffOnly(by);
        List<CafeMember> everyone = everyone();
        CafeWeek stored = lockedWeek(week, by);
        boolean firstTime = !stored.isPublished();
        entityManager.createNamedQuery("PublishedChange.forget").setParameter("week", stored).executeUpdate();
        stored.publish(by.getUsername(), clock.instant());
        entityManager.flush();
        if (firstTime) {
            Rota published = rotaOf(stored);
            tell(RotaNews.published(published, deliveries(published, everyone, Set.of()), titles(stored)));
        }
        return week(week, by);
    }

    // Events booked in the café room

    /**
     * A booking was saved: if it is (or was) an event in the café room, every week already made that it touches gets
     * a shift for each of its dates from today on, and loses the shifts of dates no longer booked. Weeks not made yet
     * take the event when they are made. Runs in a transaction of its own, after the booking's has committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void followBooking(long bookingId) {
        List<LocalDate> datesInTheCafe = entityManager.createQuery("select o.date from Occurrence o where o.booking.id = :booking "
                + "and o.room.slug = :cafe", LocalDate.class).setParameter("booking", bookingId).setParameter("cafe", CAFE_ROOM).getResultList();
        List<LocalDate> heldWeeks = entityManager.createNamedQuery("CafeShift.weeksOfBooking", LocalDate.class)
                .setParameter("booking", bookingId).getResultList();
        if (datesInTheCafe.isEmpty() && heldWeeks.isEmpty()) {
            return;
        }
        entityManager.find(RotaSettings.class, RotaSettings.ONLY_ROW, LockModeType.PESSIMISTIC_WRITE);
        LocalDate thisMonday = RotaWeek.containing(LocalDate.now(clock)).getMonday();
        Set<RotaWeek> weeks = new TreeSet<>(Comparator.comparing(RotaWeek::getMonday));
        datesInTheCafe.forEach(date -> weeks.add(RotaWeek.containing(date)));
        heldWeeks.forEach(monday -> weeks.add(RotaWeek.containing(monday)));
        String by = lastChangedBy(entityManager.find(Booking.class, bookingId));
        for (RotaWeek week : weeks) {
            if (!week.getMonday().isBefore(thisMonday)) {
                existingWeekId(week).ifPresent(id -> staffEvents(loadWeek(id, true), by));
            }
        }
    }

    /** Makes the week's event shifts match the events booked in the café room that week, from today on. */
    private void staffEvents(CafeWeek stored, String by) {
        EventShifts events = settings().eventShifts();
        List<EventShifts.Held> held = stored.getShifts().stream().map(CafeShift::asEventShift).flatMap(Optional::stream).toList();
        EventShifts.Plan plan = events.plan(eventsIn(stored.getWeek()), held, LocalDate.now(clock));
        if (plan.isNothingToDo()) {
            return;
        }
        Rota before = rotaOf(stored);
        for (EventShifts.Booked event : plan.toAdd()) {
            CafeShift added = new CafeShift(stored, events.shiftFor(event), event);
            entityManager.persist(added);
            stored.add(added);
        }
        for (EventShifts.Booked event : plan.toRetime()) {
            stored.shift(EventShifts.keyFor(event)).orElseThrow().endAt(event.end());
        }
        String closed = EventShifts.closedReason(Locale.UK);
        plan.toClose().forEach(key -> stored.shift(key).orElseThrow().close(closed));
        recordChanges(stored, before, rotaOf(stored), by);
    }

    /** The dates of confirmed bookings in the café room that the café staffs, in the week. */
    private List<EventShifts.Booked> eventsIn(RotaWeek week) {
        ZoneId zone = HubTime.ZONE;
        long from = week.getMonday().atStartOfDay(zone).toEpochSecond();
        long until = week.getMonday().plusDays(7).atStartOfDay(zone).toEpochSecond();
        return entityManager.createQuery("select o from Occurrence o where o.room.slug = :cafe and o.holdsRoom = true "
                        + "and o.booking.status = :confirmed and o.startsAt >= :from and o.startsAt < :until order by o.startsAt", Occurrence.class)
                .setParameter("cafe", CAFE_ROOM).setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("from", from).setParameter("until", until).getResultList().stream()
                .filter(occurrence -> EventShifts.staffs(occurrence.getBooking().getType()))
                .map(occurrence -> new EventShifts.Booked(occurrence.getBooking().getId(), occurrence.getDate(), occurrence.getStart(),
                        occurrence.getEnd(), occurrence.getBooking().getTitle()))
                .toList();
    }

    private static String lastChangedBy(Booking booking) {
        return booking.getHistory().isEmpty() ? booking.getCreatedBy()
                : booking.getHistory().get(booking.getHistory().size() - 1).getChangedBy();
    }

    // A volunteer's own shifts and swaps

    /** The caller's places in published weeks, from this week on. */
    public List<MemberShift> shiftsOf(@NotNull Account by) {
        CafeMember me = memberOf(by);
        LocalDate from = RotaWeek.containing(LocalDate.now(clock)).getMonday();
        Set<Long> newSincePublished = new HashSet<>(entityManager.createQuery("select c.shift.id from PublishedChange c "
                        + "where c.member = :member and c.kind = community.hub.rota.store.PublishedChange.Kind.ADDED", Long.class)
                .setParameter("member", me).getResultList());
        Map<Long, ShiftSwap> offered = entityManager.createNamedQuery("ShiftSwap.involving", ShiftSwap.class)
                .setParameter("member", me).setParameter("from", from).getResultList().stream()
                .filter(swap -> swap.getStatus().isOpen() && swap.getOfferedBy().getId().equals(me.getId()))
                .collect(Collectors.toMap(swap -> swap.getShift().getId(), Function.identity(), (one, other) -> one));
        return entityManager.createNamedQuery("CafeAssignment.ofMemberPublished", CafeAssignment.class)
                .setParameter("member", me).setParameter("from", from).getResultList().stream()
                .map(held -> new MemberShift(held, newSincePublished.contains(held.getShift().getId()),
                        offered.get(held.getShift().getId())))
                .toList();
    }

    /** A volunteer offers their place on a shift of a published week to the rest of the team. */
    public ShiftSwap offer(@NotNull RotaWeek week, String shiftId, @NotNull Account by) {
        CafeMember me = memberOf(by);
        CafeWeek stored = existingWeekId(week).map(id -> loadWeek(id, true))
                .filter(CafeWeek::isPublished).orElseThrow(() -> notPublished(week));
        CafeShift shift = stored.shift(shiftId == null ? "" : shiftId).filter(open -> !open.isClosed())
                .orElseThrow(() -> Refusal.invalid("shiftId", "rota.shiftNotFound", shiftId, week));
        checkNotPast(shift, "shiftId");
        CafeAssignment held = shift.assignmentOf(me.getId())
                .orElseThrow(() -> Refusal.invalid("shiftId", "rota.swap.notYourShift"));
        if (!entityManager.createNamedQuery("ShiftSwap.openFor", ShiftSwap.class).setParameter("shift", shift)
                .setParameter("member", me).setParameter("statuses", OPEN).getResultList().isEmpty()) {
            throw Refusal.conflict("shiftId", "rota.swap.alreadyOffered");
        }
        ShiftSwap swap = new ShiftSwap(held, clock.instant());
        entityManager.persist(swap);
        entityManager.flush();
        return swap;
    }

    /**
     * Another member takes an offered shift, if they could work it by every rule as the week stands; otherwise the
     * refusal says which rule, and nothing changes. Staff still decide.
     */
    public ShiftSwap take(long swapId, @NotNull Account by) {
        CafeMember me = memberOf(by);
        ShiftSwap swap = lockedSwap(swapId);
        if (swap.getOfferedBy().getId().equals(me.getId())) {
            throw Refusal.invalid("swapId", "rota.swap.ownShift");
        }
        if (swap.getStatus() != SwapStatus.OFFERED) {
            throw Refusal.conflict("swapId", "rota.swap.notOffered");
        }
        checkNotPast(swap.getShift(), "swapId");
        Rota rota = rotaOf(swap.getShift().getWeek());
        rules().check(rota, team(), handOver(swap, rota, me)).ifPresent(broken -> {
            throw broken.refusal("memberId");
        });
        swap.takenBy(me, clock.instant());
        return swap;
    }

    /** Staff approve a taken swap: every rule is checked again on the week as it now stands, and the rota changes. */
    public ShiftSwap approve(long swapId, @NotNull Account by) {
        staffOnly(by);
        List<CafeMember> everyone = everyone();
        ShiftSwap swap = lockedSwap(swapId);
        if (swap.getStatus() != SwapStatus.TAKEN) {
            throw Refusal.conflict("swapId", "rota.swap.notTaken");
        }
        CafeWeek stored = swap.getShift().getWeek();
        Rota before = rotaOf(stored);
        Rota after = rules().apply(before, active(everyone), handOver(swap, before, swap.getTakenBy().orElseThrow()));
        store(stored, before, after, by);
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
        CafeMember me = memberOf(by);
        ShiftSwap swap = lockedSwap(swapId);
        if (!swap.getOfferedBy().getId().equals(me.getId())) {
            throw Refusal.notFound("rota.swap.notFound", swapId);
        }
        swap.withdraw(by.getUsername(), clock.instant());
        return swap;
    }

    /**
     * Swaps from this week on the caller may see: staff every open one; a volunteer the shifts others offer, and
     * every swap of their own.
     */
    public List<ShiftSwap> swaps(@NotNull Account by) {
        LocalDate today = LocalDate.now(clock);
        if (isStaff(by)) {
            return entityManager.createNamedQuery("ShiftSwap.open", ShiftSwap.class).setParameter("statuses", OPEN)
                    .setParameter("from", today).getResultList();
        }
        CafeMember me = memberOf(by);
        Map<Long, ShiftSwap> seen = new LinkedHashMap<>();
        entityManager.createNamedQuery("ShiftSwap.open", ShiftSwap.class).setParameter("statuses", List.of(SwapStatus.OFFERED))
                .setParameter("from", today).getResultList().forEach(swap -> seen.put(swap.getId(), swap));
        entityManager.createNamedQuery("ShiftSwap.involving", ShiftSwap.class).setParameter("member", me)
                .setParameter("from", today).getResultList().forEach(swap -> seen.put(swap.getId(), swap));
        return seen.values().stream().sorted(Comparator.comparing((ShiftSwap swap) -> swap.getShift().getDate())
                .thenComparing(swap -> swap.getShift().getStart()).thenComparing(ShiftSwap::getId)).toList();
    }

    // Hours

    /** Shifts and hours each member has on the rota in the month, by name; closed shifts do not count. */
    public List<MemberHours> hours(@NotNull YearMonth month) {
        Map<CafeMember, List<CafeAssignment>> byMember = entityManager.createNamedQuery("CafeAssignment.between", CafeAssignment.class)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).getResultList().stream()
                .collect(Collectors.groupingBy(CafeAssignment::getMember));
        return byMember.entrySet().stream()
                .map(entry -> new MemberHours(entry.getKey().getId(), entry.getKey().getName(), entry.getValue().size(),
                        entry.getValue().stream().map(held -> Duration.between(held.getShift().getStart(), held.getShift().getEnd()))
                                .reduce(Duration.ZERO, Duration::plus)))
                .sorted(Comparator.comparing(MemberHours::getName).thenComparingLong(MemberHours::getMemberId))
                .toList();
    }

    // How weeks are found, made, locked and stored

    private Optional<Long> existingWeekId(RotaWeek week) {
        return entityManager.createQuery("select w.id from CafeWeek w where w.monday = :monday", Long.class)
                .setParameter("monday", week.getMonday()).getResultStream().findFirst();
    }

    /**
     * The week's id, making the week from the pattern if nobody needed it before. Whoever makes a week first holds
     * the settings row meanwhile, so two requests never make the same week twice.
     */
    private long weekId(RotaWeek week) {
        Optional<Long> existing = existingWeekId(week);
        if (existing.isPresent()) {
            return existing.get();
        }
        entityManager.find(RotaSettings.class, RotaSettings.ONLY_ROW, LockModeType.PESSIMISTIC_WRITE);
        existing = existingWeekId(week);
        if (existing.isPresent()) {
            return existing.get();
        }
        CafeWeek made = new CafeWeek(week);
        for (Shift shift : new ShiftPattern(pattern()).shiftsFor(week)) {
            made.add(new CafeShift(made, shift, false, null));
        }
        EventShifts events = settings().eventShifts();
        for (EventShifts.Booked event : events.plan(eventsIn(week), List.of(), LocalDate.now(clock)).toAdd()) {
            made.add(new CafeShift(made, events.shiftFor(event), event));
        }
        Map<LocalDate, String> closed = closedDays(week);
        made.getShifts().stream().filter(shift -> closed.containsKey(shift.getDate()))
                .forEach(shift -> shift.close(closed.get(shift.getDate())));
        entityManager.persist(made);
        entityManager.flush();
        return made.getId();
    }

    /** The week with its shifts and who holds their places; locked, its row stays locked until the transaction ends. */
    private CafeWeek loadWeek(long id, boolean lock) {
        return lock ? entityManager.find(CafeWeek.class, id, LockModeType.PESSIMISTIC_WRITE) : entityManager.find(CafeWeek.class, id);
    }

    /** The week's row locked until the transaction ends: the one place changes to a week queue up. */
    private CafeWeek lockedWeek(RotaWeek week, Account by) {
        CafeWeek stored = loadWeek(weekId(week), true);
        staffEvents(stored, by.getUsername());
        closeNewlyClosedDays(stored, by);
        return stored;
    }

    /** Locks the swap's week first, so the swap and the week are read as they stand once it is this request's turn. */
    private ShiftSwap lockedSwap(long swapId) {
        Long weekId = entityManager.createQuery("select s.shift.week.id from ShiftSwap s where s.id = :id", Long.class)
                .setParameter("id", swapId).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("rota.swap.notFound", swapId));
        loadWeek(weekId, true);
        return entityManager.find(ShiftSwap.class, swapId);
    }

    /** The days of the week the hub, or the café's room, is closed, with the closure's reason. */
    private Map<LocalDate, String> closedDays(RotaWeek week) {
        Map<LocalDate, String> closed = new HashMap<>();
        LocalDate sunday = week.getMonday().plusDays(6);
        for (Closure closure : closures.between(week.getMonday(), sunday)) {
            if (closure.getRoom() == null || CAFE_ROOM.equals(closure.getRoom().getSlug())) {
                closure.getFirstDay().datesUntil(closure.getLastDay().plusDays(1)).filter(week::contains)
                        .forEach(day -> closed.putIfAbsent(day, closure.getReason()));
            }
        }
        return closed;
    }

    /** A closure added after the week was made closes its shifts now; whoever was on them is taken off. */
    private void closeNewlyClosedDays(CafeWeek stored, Account by) {
        Map<LocalDate, String> closed = closedDays(stored.getWeek());
        List<CafeShift> closing = stored.getShifts().stream()
                .filter(shift -> !shift.isClosed() && closed.containsKey(shift.getDate())).toList();
        if (closing.isEmpty()) {
            return;
        }
        Rota before = rotaOf(stored);
        closing.forEach(shift -> shift.close(closed.get(shift.getDate())));
        recordChanges(stored, before, rotaOf(stored), by.getUsername());
    }

    private static Rota rotaOf(CafeWeek stored) {
        List<Shift> shifts = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        for (CafeShift shift : stored.getShifts()) {
            if (!shift.isClosed()) {
                Shift asTheRulesKnowIt = shift.toShift();
                shifts.add(asTheRulesKnowIt);
                assignments.addAll(shift.toAssignments(asTheRulesKnowIt));
            }
        }
        return new Rota(stored.getWeek(), shifts, assignments);
    }

    /** Last week's places, for those who like the same shifts each week; none if last week was never made. */
    private List<Assignment> lastWeek(RotaWeek week) {
        return existingWeekId(week.previous()).map(id -> rotaOf(loadWeek(id, false)).getAssignments())
                .orElse(List.of());
    }

    /** Writes the places the rules settled on, and for a published week what changed. */
    private void store(CafeWeek stored, Rota before, Rota after, Account by) {
        Map<String, List<Assignment>> byShift = after.getAssignments().stream()
                .collect(Collectors.groupingBy(assignment -> assignment.getShift().getId()));
        for (CafeShift shift : stored.getShifts()) {
            if (!shift.isClosed()) {
                shift.settle(byShift.getOrDefault(shift.getKey(), List.of()), this::storedMember);
            }
        }
        recordChanges(stored, before, after, by.getUsername());
        entityManager.createNamedQuery("LeftPlace.ofWeek", LeftPlace.class).setParameter("week", stored).getResultList().stream()
                .filter(left -> after.shift(left.getShift().getKey()).map(shift -> after.missing(shift, left.getRole()) == 0).orElse(true))
                .forEach(entityManager::remove);
    }

    /**
     * Records, for a published week, who was added to and taken off which place. A change that undoes an earlier one
     * since publishing cancels it out, so the list always says how the week differs from what people were told.
     */
    private void recordChanges(CafeWeek stored, Rota before, Rota after, String by) {
        if (!stored.isPublished()) {
            return;
        }
        entityManager.flush();
        Set<Place> was = places(before);
        Set<Place> now = places(after);
        List<PublishedChange> earlier = new ArrayList<>(entityManager.createNamedQuery("PublishedChange.ofWeek", PublishedChange.class)
                .setParameter("week", stored).getResultList());
        Instant at = clock.instant();
        for (Place place : was) {
            if (!now.contains(place)) {
                change(stored, place, PublishedChange.Kind.REMOVED, PublishedChange.Kind.ADDED, earlier, by, at);
            }
        }
        for (Place place : now) {
            if (!was.contains(place)) {
                change(stored, place, PublishedChange.Kind.ADDED, PublishedChange.Kind.REMOVED, earlier, by, at);
            }
        }
        Set<Long> changed = RotaNews.changedMembers(before, after);
        if (!changed.isEmpty()) {
            tell(RotaNews.changed(before, after, deliveries(after, everyone(), changed), titles(stored)));
        }
    }

    /** News for the members who get their rota by email; the mail outbox writes it in this transaction. */
    private void tell(RotaNews what) {
        if (!what.isEmpty()) {
            news.fire(what);
        }
    }

    /** How each member on the team that the week concerns gets their rota. */
    private static RotaDeliveries deliveries(Rota rota, List<CafeMember> everyone, Set<Long> changed) {
        Map<Long, String> addresses = new HashMap<>();
        everyone.stream().filter(CafeMember::isActive)
                .forEach(member -> member.emailAddress().ifPresent(address -> addresses.put(member.getId(), address)));
        return RotaDeliveries.of(rota, active(everyone), addresses, changed);
    }

    /** What each one-off shift of the week is for, by shift id. */
    private static Map<String, String> titles(CafeWeek stored) {
        Map<String, String> titles = new HashMap<>();
        stored.getShifts().stream().filter(shift -> shift.getTitle() != null).forEach(shift -> titles.put(shift.getKey(), shift.getTitle()));
        return titles;
    }

    private void change(CafeWeek stored, Place place, PublishedChange.Kind kind, PublishedChange.Kind undoes,
                        List<PublishedChange> earlier, String by, Instant at) {
        Optional<PublishedChange> undone = earlier.stream().filter(change -> change.getKind() == undoes && place.is(change)).findFirst();
        if (undone.isPresent()) {
            entityManager.remove(undone.get());
            earlier.remove(undone.get());
            return;
        }
        CafeShift shift = stored.shift(place.shiftId()).orElseThrow();
        entityManager.persist(new PublishedChange(shift, storedMember(place.memberId()), place.role(), kind, by, at));
    }

    private static Set<Place> places(Rota rota) {
        return rota.getAssignments().stream()
                .map(held -> new Place(held.getShift().getId(), held.getMemberId(), held.getRole())).collect(Collectors.toSet());
    }

    /** One place as publishing compares them: locking a place is no change people need to hear about. */
    private record Place(String shiftId, long memberId, CafeRole role) {
        boolean is(PublishedChange change) {
            return change.getShift().getKey().equals(shiftId) && change.getMember().getId() == memberId && change.getRole() == role;
        }
    }

    private WeekOnRota view(CafeWeek stored, Rota rota, List<Gap> gaps, List<CafeMember> everyone, int placed) {
        Map<Long, String> names = everyone.stream().collect(Collectors.toMap(CafeMember::getId, CafeMember::getName));
        List<WeekChange> changes = stored.isPublished()
                ? entityManager.createNamedQuery("PublishedChange.ofWeek", PublishedChange.class).setParameter("week", stored)
                .getResultList().stream().map(WeekChange::new).toList()
                : List.of();
        RotaDeliveries deliveries = stored.isPublished()
                ? deliveries(rota, everyone, changes.stream().map(WeekChange::getMemberId).collect(Collectors.toSet()))
                : null;
        return new WeekOnRota(stored, rota, withLeavers(stored, gaps), names, changes, placed, deliveries);
    }

    /** Open places someone gave up by leaving the team say so first. */
    private List<Gap> withLeavers(CafeWeek stored, List<Gap> gaps) {
        Map<String, String> leftBy = new HashMap<>();
        entityManager.createNamedQuery("LeftPlace.ofWeek", LeftPlace.class).setParameter("week", stored).getResultList()
                .forEach(left -> leftBy.putIfAbsent(left.getShift().getKey() + "|" + left.getRole(), left.getMember().getName()));
        if (leftBy.isEmpty()) {
            return gaps;
        }
        return gaps.stream().map(gap -> {
            String name = leftBy.get(gap.getShift().getId() + "|" + gap.getRole());
            return name == null ? gap : gap.leftBy(name);
        }).toList();
    }

    private static RotaChange handOver(ShiftSwap swap, Rota rota, CafeMember taker) {
        Shift shift = rota.shift(swap.getShift().getKey()).orElseThrow();
        return RotaChange.handOver(new Assignment(shift, swap.getOfferedBy().getId(), swap.getRole(), false), taker.getId());
    }

    private static Shift openShift(CafeWeek stored, Rota rota, String shiftId, String field) {
        CafeShift shift = stored.shift(shiftId).orElseThrow(() -> Refusal.invalid(field, "rota.shiftNotFound", shiftId, stored.getWeek()));
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

    private void checkNotPast(CafeShift shift, String field) {
        if (shift.getDate().isBefore(LocalDate.now(clock))) {
            throw Refusal.conflict(field, "rota.shiftPast");
        }
    }

    // Members and settings

    /**
     * The whole team, read first in every request so that the places in a week find their members already loaded.
     * Their roles, availability and time away come in one query each, not one per member (EclipseLink batch reading).
     */
    private List<CafeMember> everyone() {
        return entityManager.createNamedQuery("CafeMember.all", CafeMember.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "m.roles")
                .setHint("eclipselink.batch", "m.rotaBy")
                .setHint("eclipselink.batch", "m.availability")
                .setHint("eclipselink.batch", "m.timeAway")
                .setHint("eclipselink.batch", "m.account")
                .getResultList();
    }

    private static List<RotaMember> active(List<CafeMember> everyone) {
        return everyone.stream().filter(CafeMember::isActive).sorted(Comparator.comparing(CafeMember::getId))
                .map(CafeMember::toRotaMember).toList();
    }

    private CafeMember storedMember(long id) {
        CafeMember member = entityManager.find(CafeMember.class, id);
        if (member == null) {
            throw Refusal.notFound("rota.memberNotFound", id);
        }
        return member;
    }

    private CafeMember memberOf(Account account) {
        return entityManager.createNamedQuery("CafeMember.ofAccount", CafeMember.class).setParameter("account", account)
                .getResultStream().filter(CafeMember::isActive).findFirst()
                .orElseThrow(() -> Refusal.notFound("rota.notOnTeam"));
    }

    private RotaSettings settings() {
        return entityManager.find(RotaSettings.class, RotaSettings.ONLY_ROW);
    }

    private RotaRules rules() {
        return new RotaRules(settings().supportRatio());
    }

    private static Refusal notPublished(RotaWeek week) {
        return Refusal.notFound("rota.weekNotPublished", week);
    }

    private static void staffOnly(Account by) {
        if (!isStaff(by)) {
            throw Refusal.notFound("rota.staffOnly");
        }
    }

    private static boolean isStaff(Account account) {
        return account.getRole() == Role.ADMIN || account.getRole() == Role.STAFF;
    }

    /**
     * A staff change to one member's places in a week: from a place (the role may be left out, it is the one they
     * hold), to a place, or both. Shifts are named by their ids in the week.
     */
    public record Move(long memberId, String fromShiftId, CafeRole fromRole, String toShiftId, CafeRole toRole) {
    }

    /** A one-off shift: its date and times, how many places of each role (none given counts as nought), and what it is for. */
    public record ExtraShift(LocalDate date, LocalTime start, LocalTime end, Map<CafeRole, Integer> places, String title) {
    }

    /** A place on a shift still to come that someone gives up by leaving the team; title for a one-off shift. */
    public record PlaceGivenUp(RotaWeek week, Shift shift, CafeRole role, String title) {
    }

    /** Someone who left the team, the day they left, and the places they gave up. */
    public record Leaving(RotaMember member, LocalDate on, List<PlaceGivenUp> placesGivenUp) {
    }

    /** Someone who has left the team, and the day they left (none for someone who left before the hub kept it). */
    public record FormerMember(long id, String name, LocalDate leftOn) {
    }

    /**
     * Whether a member is on the team (and the day they left, if not), the address their rota by email goes to (their
     * own or their account's; none when neither has one) and the account they sign in with.
     */
    public record Standing(boolean onTeam, LocalDate leftOn, String emailAddress, String username) {
    }
}
