package community.hub.web.rota;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.rota.CafeRole;
import community.hub.rota.Gap;
import community.hub.rota.RotaMember;
import community.hub.rota.RotaWeek;
import community.hub.rota.store.RotaWeekService;
import community.hub.rota.store.SwapService;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The staff week grid: shifts down, jobs across, every open place marked with its reason. Staff choose a person and
 * then an open place to move them (or take them off), or choose an open place and then who fills it; auto-fill fills
 * the rest; publishing lets volunteers see the week. Every change is checked by the rota rules first.
 */
@Named
@ViewScoped
public class RotaGrid implements Serializable {


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
    private WeekPublication publication;
    private List<GridRow> rows;
    private transient List<RotaMember> team;

    /** The person chosen to move: who, from which shift, which job. */
    private Chosen chosen;
    /** The open place chosen to fill. */
    private Target target;
    private Long fillWith;
    /** The one-off shift whose places staff are changing, and the numbers they give. */
    private Target placesOf;
    private final Map<CafeRole, Integer> newPlaces = new EnumMap<>(CafeRole.class);

    private final ExtraShiftForm extra = new ExtraShiftForm();

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
        publication = new WeekPublication(shown, locale());
        team = null;
        rows = GridRow.rowsOf(shown, locale());
    }

    /** Reads the week again, as it now stands. */
    public void reload() {
        show(weekService.week(rotaWeek, me()));
    }

    // Actions

    public void autoFill() {
        act(() -> {
            WeekAsShown filled = weekService.autoFill(rotaWeek, me());
            show(filled);
            FieldMessages.info("rota.autoFilled", filled.getPlacedNow(), filled.getGaps().stream().mapToInt(Gap::getMissing).sum());
        });
    }

    public void publish() {
        act(() -> {
            boolean firstTime = !publication.isPublished();
            show(weekService.publish(rotaWeek, me()));
            FieldMessages.info("rota.publishedNow", rotaWeek.toString());
            if (firstTime) {
                FieldMessages.info("rota.publishedTold", publication.getEmailed().size(), publication.getToPrint().size());
            }
        });
    }

    /** Choose a person to move; choosing them again puts them down. */
    public void choose(GridPerson person, GridRow row, GridCell cell) {
        target = null;
        if (chosen != null && chosen.memberId() == person.getMemberId() && chosen.shiftId().equals(row.getShiftId()) && chosen.role() == cell.getRole()) {
            chosen = null;
            return;
        }
        chosen = new Chosen(person.getMemberId(), person.getName(), row.getShiftId(), row.getWords(), cell.getRole());
    }

    /** Choose an open place to fill. */
    public void aim(GridRow row, GridCell cell) {
        chosen = null;
        fillWith = null;
        target = new Target(row.getShiftId(), row.getWords(), cell.getRole());
    }

    public void cancel() {
        chosen = null;
        target = null;
        fillWith = null;
        placesOf = null;
    }

    /** Choose a one-off shift to change how many people each job needs on it. */
    public void changePlacesOf(GridRow row) {
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
        });
    }

    public void moveHere(GridRow row, GridCell cell) {
        Chosen moving = chosen;
        change(new RotaWeekService.Move(moving.memberId(), moving.shiftId(), moving.role(), row.getShiftId(), cell.getRole()),
                moving.name() + ": " + row.getWords() + ", " + roleWords(cell.getRole()));
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
        GridRow to = rows.stream().filter(row -> row.getShiftId().equals(sent.get("toShiftId"))).findFirst().orElse(null);
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
        });
    }

    public void addShift() {
        act(() -> {
            show(weekService.addShift(rotaWeek, extra.toExtraShift(), me()));
            extra.clear();
            FieldMessages.info("rota.extra.added");
        });
    }

    /** Runs a change; a refusal is shown beside the field it names and the week is read again, as it now stands. */
    public void act(Runnable action) {
        try {
            action.run();
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
            reload();
        } catch (ConstraintViolationException invalid) {
            FieldMessages.show(invalid);
        }
    }

    // What the page shows

    public List<GridRow> getRows() {
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
        return Text.get(locale(), "rota.week", rotaWeek.getWeek(), GridRow.DAY.format(rotaWeek.getMonday()),
                GridRow.DAY.format(rotaWeek.getMonday().plusDays(6)));
    }

    /** Whether and when the week was published, what changed since, and how each person gets their rota. */
    public WeekPublication getPublication() {
        return publication;
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

    public boolean isChosen(GridPerson person, GridRow row, GridCell cell) {
        return chosen != null && chosen.memberId() == person.getMemberId() && chosen.shiftId().equals(row.getShiftId()) && chosen.role() == cell.getRole();
    }

    public Long getFillWith() {
        return fillWith;
    }

    public void setFillWith(Long fillWith) {
        this.fillWith = fillWith;
    }

    public ExtraShiftForm getExtra() {
        return extra;
    }

    /** Which week the grid shows. */
    public RotaWeek rotaWeek() {
        return rotaWeek;
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
}
