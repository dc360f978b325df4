package community.hub.web.rota;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.rota.CafeRole;
import community.hub.rota.Gap;
import community.hub.rota.RotaDeliveries;
import community.hub.rota.RotaMember;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import community.hub.rota.SpokenTime;
import community.hub.rota.store.ChangeSincePublished;
import community.hub.rota.store.RotaWeekService;
import community.hub.rota.store.ShiftSwap;
import community.hub.rota.store.SwapService;
import community.hub.rota.store.SwapStatus;
import community.hub.rota.store.TeamService;
import community.hub.rota.store.WeekAsShown;
import community.hub.web.FieldMessages;
import community.hub.web.Text;
import community.hub.web.security.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The staff week grid: shifts down, jobs across, every open place marked with its reason. Staff choose a person and
 * then an open place to move them (or take them off), or choose an open place and then who fills it; auto-fill fills
 * the rest; publishing lets volunteers see the week. Every change is checked by the rota rules first.
 */
@Named
@ViewScoped
public class RotaGrid implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    @Inject
    private TeamService teamService;

    @Inject
    private RotaWeekService weekService;

    @Inject
    private SwapService swapService;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    private String week;
    private RotaWeek rotaWeek;
    private transient WeekAsShown current;
    private List<Row> rows;
    private transient List<RotaMember> team;

    /** The person chosen to move: who, from which shift, which job. */
    private Chosen chosen;
    /** The open place chosen to fill. */
    private Target target;
    private Long fillWith;
    /** The one-off shift whose places staff are changing, and the numbers they give. */
    private Target placesOf;
    private final Map<CafeRole, Integer> newPlaces = new EnumMap<>(CafeRole.class);

    private final Map<Long, String> refusalReasons = new HashMap<>();
    private LocalDate extraDate;
    private LocalTime extraStart;
    private LocalTime extraEnd;
    private String extraTitle;
    private final Map<CafeRole, Integer> extraPlaces = new EnumMap<>(CafeRole.class);

    /** A person chosen to move. */
    public record Chosen(long memberId, String name, String shiftId, String shiftWords, CafeRole role) implements Serializable {
    }

    /** An open place chosen to fill. */
    public record Target(String shiftId, String shiftWords, CafeRole role) implements Serializable {
    }

    public void load() {
        if (rotaWeek != null) {
            return;
        }
        try {
            rotaWeek = week == null || week.isBlank() ? RotaWeek.containing(LocalDate.now(clock)) : RotaWeek.parse(week);
        } catch (Refusal unreadable) {
            rotaWeek = RotaWeek.containing(LocalDate.now(clock));
            FieldMessages.info("rota.weekUnreadable");
        }
        week = rotaWeek.toString();
        show(weekService.week(rotaWeek, me()));
    }

    private void show(WeekAsShown shown) {
        current = shown;
        team = null;
        rows = new ArrayList<>();
        List<Shift> shifts = shown.getRota().getShifts();
        for (Shift shift : shifts) {
            rows.add(Row.open(shift, shown, locale()));
        }
        shown.getClosedShifts().forEach(closed -> rows.add(Row.closed(closed.getShift(), closed.getReason(), locale())));
        rows.sort(Comparator.comparing((Row row) -> row.shift.getDate()).thenComparing(row -> row.shift.getStart()));
    }

    private void reload() {
        show(weekService.week(rotaWeek, me()));
    }

    // Actions

    public void autoFill() {
        act(() -> {
            WeekAsShown filled = weekService.autoFill(rotaWeek, me());
            show(filled);
            FieldMessages.info("rota.autoFilled", filled.getPlacedNow(), filled.getGaps().stream().mapToInt(Gap::getMissing).sum());
            return null;
        });
    }

    public void publish() {
        act(() -> {
            boolean firstTime = !current().isPublished();
            show(weekService.publish(rotaWeek, me()));
            FieldMessages.info("rota.publishedNow", rotaWeek.toString());
            if (firstTime) {
                FieldMessages.info("rota.publishedTold", getEmailed().size(), getToPrint().size());
            }
            return null;
        });
    }

    /** Choose a person to move; choosing them again puts them down. */
    public void choose(Person person, Row row, Cell cell) {
        target = null;
        if (chosen != null && chosen.memberId() == person.memberId && chosen.shiftId().equals(row.getShiftId()) && chosen.role() == cell.role) {
            chosen = null;
            return;
        }
        chosen = new Chosen(person.memberId, person.name, row.getShiftId(), row.getWords(), cell.role);
    }

    /** Choose an open place to fill. */
    public void aim(Row row, Cell cell) {
        chosen = null;
        fillWith = null;
        target = new Target(row.getShiftId(), row.getWords(), cell.role);
    }

    public void cancel() {
        chosen = null;
        target = null;
        fillWith = null;
        placesOf = null;
    }

    /** Choose a one-off shift to change how many people each job needs on it. */
    public void changePlacesOf(Row row) {
        cancel();
        placesOf = new Target(row.getShiftId(), row.getWords(), null);
        newPlaces.clear();
        current().getRota().shift(row.getShiftId()).ifPresent(shift -> {
            for (CafeRole role : CafeRole.values()) {
                newPlaces.put(role, shift.placesFor(role));
            }
        });
    }

    public void savePlaces() {
        Target shift = placesOf;
        act(() -> {
            show(weekService.changePlaces(rotaWeek, shift.shiftId(), newPlaces, me()));
            cancel();
            FieldMessages.info("rota.places.changed", shift.shiftWords());
            return null;
        });
    }

    public void moveHere(Row row, Cell cell) {
        Chosen moving = chosen;
        change(new RotaWeekService.Move(moving.memberId(), moving.shiftId(), moving.role(), row.getShiftId(), cell.role),
                moving.name() + ": " + row.getWords() + ", " + roleWords(cell.role));
    }

    public void takeOff() {
        Chosen moving = chosen;
        change(new RotaWeekService.Move(moving.memberId(), moving.shiftId(), moving.role(), null, null),
                Text.get(locale(), "rota.change.REMOVED", moving.name(), moving.shiftWords(), roleWords(moving.role())));
    }

    /**
     * Someone dragged from their place and dropped on another place, which the page sends as the member, the place they
     * were in and the place they were dropped on: the same move, with the same rules, as choosing them and "Move here".
     */
    public void drop() {
        Map<String, String> sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Long memberId = number(sent.get("memberId"));
        CafeRole fromRole = role(sent.get("fromRole"));
        CafeRole toRole = role(sent.get("toRole"));
        String fromShiftId = sent.get("fromShiftId");
        Row to = rows.stream().filter(row -> row.getShiftId().equals(sent.get("toShiftId"))).findFirst().orElse(null);
        if (memberId == null || fromRole == null || toRole == null || fromShiftId == null || to == null) {
            FieldMessages.global("rota.drop.unreadable");
            return;
        }
        if (fromShiftId.equals(to.getShiftId()) && fromRole == toRole) {
            return;
        }
        change(new RotaWeekService.Move(memberId, fromShiftId, fromRole, to.getShiftId(), toRole),
                current().nameOf(memberId) + ": " + to.getWords() + ", " + roleWords(toRole));
    }

    private static Long number(String sent) {
        try {
            return sent == null ? null : Long.valueOf(sent);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static CafeRole role(String sent) {
        return Arrays.stream(CafeRole.values()).filter(role -> role.name().equals(sent)).findFirst().orElse(null);
    }

    public void fill() {
        if (fillWith == null) {
            FieldMessages.show(Refusal.invalid("fillWith", "rota.move.memberNeeded"));
            return;
        }
        Target place = target;
        String name = team().stream().filter(member -> member.getId() == fillWith).map(RotaMember::getName).findFirst().orElse("");
        change(new RotaWeekService.Move(fillWith, null, null, place.shiftId(), place.role()),
                Text.get(locale(), "rota.change.ADDED", name, place.shiftWords(), roleWords(place.role())));
    }

    private void change(RotaWeekService.Move move, String what) {
        act(() -> {
            show(weekService.reassign(rotaWeek, move, me()));
            cancel();
            FieldMessages.info("rota.moved", what);
            return null;
        });
    }

    public void approve(ShiftSwap swap) {
        act(() -> {
            swapService.approve(swap.getId(), me());
            reload();
            FieldMessages.info("rota.swap.approved");
            return null;
        });
    }

    public void refuse(ShiftSwap swap) {
        act(() -> {
            swapService.refuse(swap.getId(), refusalReasons.get(swap.getId()), me());
            refusalReasons.remove(swap.getId());
            FieldMessages.info("rota.swap.refused");
            return null;
        });
    }

    public void addShift() {
        act(() -> {
            show(weekService.addShift(rotaWeek, new RotaWeekService.ExtraShift(extraDate, extraStart, extraEnd, extraPlaces, extraTitle), me()));
            extraDate = null;
            extraStart = null;
            extraEnd = null;
            extraTitle = null;
            extraPlaces.clear();
            FieldMessages.info("rota.extra.added");
            return null;
        });
    }

    private void act(Supplier<Void> action) {
        try {
            action.get();
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
            reload();
        } catch (ConstraintViolationException invalid) {
            FieldMessages.show(invalid);
        }
    }

    // What the page shows

    public List<Row> getRows() {
        return rows;
    }

    /** The jobs across the top of the grid, job coaches first. */
    public List<CafeRole> getRoles() {
        return Arrays.asList(CafeRole.values());
    }

    public String roleWords(CafeRole role) {
        return Text.get(locale(), "cafeRole." + role.name());
    }

    public String getHeading() {
        return Text.get(locale(), "rota.week", rotaWeek.getWeek(), DAY.format(rotaWeek.getMonday()),
                DAY.format(rotaWeek.getMonday().plusDays(6)));
    }

    public String getPreviousWeek() {
        return rotaWeek.previous().toString();
    }

    public String getNextWeek() {
        return rotaWeek.next().toString();
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    /** The week as last shown; read again if the view was stored away in between. */
    private WeekAsShown current() {
        if (current == null) {
            current = weekService.week(rotaWeek, me());
        }
        return current;
    }

    private List<RotaMember> team() {
        if (team == null) {
            team = teamService.team();
        }
        return team;
    }

    public boolean isPublished() {
        return current().isPublished();
    }

    public String getPublishedNote() {
        return Text.get(locale(), "rota.published", current().getPublishedAt().map(at -> WHEN.format(at.atZone(HubTime.ZONE)))
                .orElse(""), current().getPublishedBy());
    }

    public List<String> getChanges() {
        return current().getChanges().stream().map(this::describe).toList();
    }

    private String describe(ChangeSincePublished change) {
        return Text.get(locale(), "rota.change." + change.getKind().name(), change.getName(),
                SpokenTime.shift(change.getShift(), locale()), roleWords(change.getRole()));
    }

    public boolean isHasChanges() {
        return !current().getChanges().isEmpty();
    }

    /** For a published week, whether to show how each person on it gets their rota. */
    public boolean isShowDeliveries() {
        return current().getDeliveries().isPresent();
    }

    public boolean isNobodyToTell() {
        return current().getDeliveries().map(deliveries -> deliveries.getRecipients().isEmpty()).orElse(true);
    }

    /** Those who want a printed easy-read rota, to print a page each for. */
    public List<Told> getToPrint() {
        return told(RotaDeliveries::getToPrint);
    }

    /** Those whose printed rota is out of date: their shifts changed since publishing. */
    public List<Told> getToPrintAgain() {
        return told(RotaDeliveries::getToPrintAgain);
    }

    public List<Told> getEmailed() {
        return told(RotaDeliveries::getEmailed);
    }

    /** Those who want their rota by email but have no address: staff tell them another way. */
    public List<Told> getWithoutAddress() {
        return told(RotaDeliveries::getWithoutAddress);
    }

    public List<Told> getByCalendar() {
        return told(RotaDeliveries::getByCalendar);
    }

    /** "Print the rota for Sam Kelly", for a link that would otherwise only say the name. */
    public String printFor(Told person) {
        return Text.get(locale(), "rota.deliveries.printOne", person.name());
    }

    private List<Told> told(Function<RotaDeliveries, List<RotaDeliveries.Recipient>> which) {
        return current().getDeliveries().map(which).orElse(List.of()).stream()
                .map(recipient -> new Told(recipient.memberId(), recipient.name())).toList();
    }

    /** Someone the week concerns, for the "Getting their rota" lists. */
    public record Told(long id, String name) implements Serializable {
    }

    /** Taken swaps in this week, waiting for staff. */
    public List<ShiftSwap> getSwaps() {
        return swapService.swaps(me()).stream().filter(swap -> swap.getStatus() == SwapStatus.TAKEN && rotaWeek.contains(swap.getShift().getDate()))
                .toList();
    }

    public String swapLine(ShiftSwap swap) {
        return Text.get(locale(), "rota.swap.line", swap.getOfferedBy().getName(), SpokenTime.shift(swap.getShift().toShift(), locale()),
                roleWords(swap.getRole()), swap.getTakenBy().map(taker -> taker.getName()).orElse(""));
    }

    public Map<Long, String> getRefusalReasons() {
        return refusalReasons;
    }

    /** Whoever is trained for the chosen open place, by name. */
    public List<RotaMember> getCandidates() {
        if (target == null) {
            return List.of();
        }
        return team().stream().filter(member -> member.isTrainedFor(target.role()))
                .sorted(Comparator.comparing(RotaMember::getName)).toList();
    }

    public Chosen getChosen() {
        return chosen;
    }

    public String getChosenText() {
        return chosen == null ? "" : Text.get(locale(), "rota.chosen", chosen.name(), chosen.shiftWords(), roleWords(chosen.role()));
    }

    public String getTakeOffText() {
        return chosen == null ? "" : Text.get(locale(), "rota.takeOff", chosen.name());
    }

    public String getMoveHereText() {
        return chosen == null ? "" : Text.get(locale(), "rota.moveHere", chosen.name());
    }

    public Target getTarget() {
        return target;
    }

    public Target getPlacesOf() {
        return placesOf;
    }

    public String getPlacesText() {
        return placesOf == null ? "" : Text.get(locale(), "rota.places.for", placesOf.shiftWords());
    }

    public Map<CafeRole, Integer> getNewPlaces() {
        return newPlaces;
    }

    public String getTargetText() {
        return target == null ? "" : Text.get(locale(), "rota.fillTarget", target.shiftWords(), roleWords(target.role()).toLowerCase(Locale.UK));
    }

    public boolean isChosen(Person person, Row row, Cell cell) {
        return chosen != null && chosen.memberId() == person.memberId && chosen.shiftId().equals(row.getShiftId()) && chosen.role() == cell.role;
    }

    public Long getFillWith() {
        return fillWith;
    }

    public void setFillWith(Long fillWith) {
        this.fillWith = fillWith;
    }

    public LocalDate getExtraDate() {
        return extraDate;
    }

    public void setExtraDate(LocalDate extraDate) {
        this.extraDate = extraDate;
    }

    public LocalTime getExtraStart() {
        return extraStart;
    }

    public void setExtraStart(LocalTime extraStart) {
        this.extraStart = extraStart;
    }

    public LocalTime getExtraEnd() {
        return extraEnd;
    }

    public void setExtraEnd(LocalTime extraEnd) {
        this.extraEnd = extraEnd;
    }

    public String getExtraTitle() {
        return extraTitle;
    }

    public void setExtraTitle(String extraTitle) {
        this.extraTitle = extraTitle;
    }

    public Map<CafeRole, Integer> getExtraPlaces() {
        return extraPlaces;
    }

    public String getMonday() {
        return rotaWeek.getMonday().toString();
    }

    public String getSunday() {
        return rotaWeek.getMonday().plusDays(6).toString();
    }

    private Account me() {
        return caller.account().orElseThrow();
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.UK : faces.getViewRoot().getLocale();
    }

    /** One shift across the grid: when, and a cell for each job. */
    public static final class Row implements Serializable {
        private final transient Shift shift;
        private final String shiftId;
        private final String day;
        private final String times;
        private final String words;
        private final String title;
        private final String closedReason;
        private final List<Cell> cells;
        private final boolean oneOff;
        private final Long bookingId;

        private Row(Shift shift, String title, String closedReason, List<Cell> cells, boolean oneOff, Long bookingId, Locale locale) {
            this.shift = shift;
            this.shiftId = shift.getId();
            this.day = DAY.format(shift.getDate()) + ", " + shift.getPartOfDay().inWords(locale);
            this.times = HOURS.format(shift.getStart()) + "\u2013" + HOURS.format(shift.getEnd());
            this.words = SpokenTime.shift(shift, locale) + " (" + DATE.format(shift.getDate()) + ")";
            this.title = title;
            this.closedReason = closedReason;
            this.cells = cells;
            this.oneOff = oneOff;
            this.bookingId = bookingId;
        }

        static Row open(Shift shift, WeekAsShown week, Locale locale) {
            List<Cell> cells = Arrays.stream(CafeRole.values()).map(role -> Cell.of(shift, role, week, locale)).toList();
            return new Row(shift, week.titleOf(shift).orElse(null), null, cells, week.isOneOff(shift),
                    week.eventBookingOf(shift).orElse(null), locale);
        }

        static Row closed(Shift shift, String reason, Locale locale) {
            return new Row(shift, null, reason, List.of(), false, null, locale);
        }

        public String getShiftId() {
            return shiftId;
        }

        /** For ids in the page: letters, digits and hyphens only. */
        public String getKey() {
            return shiftId.replaceAll("[^A-Za-z0-9]", "-");
        }

        public String getDay() {
            return day;
        }

        public String getTimes() {
            return times;
        }

        public String getWords() {
            return words;
        }

        public String getTitle() {
            return title;
        }

        public boolean isClosed() {
            return closedReason != null;
        }

        public String getClosedReason() {
            return closedReason;
        }

        public List<Cell> getCells() {
            return cells;
        }

        /** A one-off shift (an extra shift or an event), whose places staff may change. */
        public boolean isOneOff() {
            return oneOff;
        }

        /** The booking of the event in the café room this shift is for, or null. */
        public Long getBookingId() {
            return bookingId;
        }
    }

    /** One job on one shift: who holds its places, and how many are open and why. */
    public static final class Cell implements Serializable {
        private final CafeRole role;
        private final int required;
        private final List<Person> people;
        private final int missing;
        private final String reason;

        private Cell(CafeRole role, int required, List<Person> people, int missing, String reason) {
            this.role = role;
            this.required = required;
            this.people = people;
            this.missing = missing;
            this.reason = reason;
        }

        static Cell of(Shift shift, CafeRole role, WeekAsShown week, Locale locale) {
            List<Person> people = week.getRota().assignedTo(shift, role).stream()
                    .map(held -> new Person(held.getMemberId(), week.nameOf(held.getMemberId()), held.isLocked(), week.isNewSincePublished(held)))
                    .toList();
            int missing = week.getRota().missing(shift, role);
            String reason = week.gap(shift, role).map(gap -> gap.reason(locale)).orElse(null);
            return new Cell(role, shift.placesFor(role), people, missing, reason);
        }

        public CafeRole getRole() {
            return role;
        }

        public String getRoleKey() {
            return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean isHasPlaces() {
            return required > 0;
        }

        public int getRequired() {
            return required;
        }

        public List<Person> getPeople() {
            return people;
        }

        public int getMissing() {
            return missing;
        }

        public boolean isGap() {
            return missing > 0;
        }

        public String getReason() {
            return reason;
        }
    }

    /** Someone in a place. */
    public static final class Person implements Serializable {
        private final long memberId;
        private final String name;
        private final boolean locked;
        private final boolean newSincePublished;

        Person(long memberId, String name, boolean locked, boolean newSincePublished) {
            this.memberId = memberId;
            this.name = name;
            this.locked = locked;
            this.newSincePublished = newSincePublished;
        }

        public long getMemberId() {
            return memberId;
        }

        public String getName() {
            return name;
        }

        public boolean isLocked() {
            return locked;
        }

        public boolean isNewSincePublished() {
            return newSincePublished;
        }
    }
}
