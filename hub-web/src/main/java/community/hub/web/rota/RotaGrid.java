package community.hub.web.rota;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.mail.MailSettings;
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
import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The staff week grid: shifts down, jobs across, every open place marked with its reason. Staff choose a person and
 * then an open place to move them (or take them off), or choose an open place and then who fills it; auto-fill fills
 * the rest; publishing lets volunteers see the week. Every change is checked by the rota rules first.
 * Over 300 lines: one screen's view model with every action staff take on it (move, take off, fill, auto-fill,
 * publish, change places); the rota rules and services decide each one.
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

    @Inject
    private MailSettings mail;

    private String week;
    private RotaWeek rotaWeek;
    private transient WeekAsShown current;
    private WeekPublication publication;
    private List<GridRow> rows;
    private transient List<RotaMember> team;

    private boolean askingToPublish;

    private final GridChoice choice = new GridChoice();
    private final ExtraShiftForm extra = new ExtraShiftForm();

    public void load() {
        if (rotaWeek != null) {
            return;
        }
        rotaWeek = RotaPages.week(week, clock).orElseGet(() -> {
            FieldMessages.info("rota.weekUnreadable");
            return RotaWeek.thisWeek(clock);
        });
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
            FieldMessages.info(
                    "rota.autoFilled",
                    filled.getPlacedNow(),
                    filled.getGaps().stream().mapToInt(Gap::getMissing).sum());
        });
    }

    /** Publishes the week; with places still open, asks first (volunteers would see the gaps). */
    public void publish() {
        if (getOpenPlaces() > 0 && !askingToPublish) {
            askingToPublish = true;
            return;
        }
        askingToPublish = false;
        act(() -> {
            boolean firstTime = !publication.isPublished();
            show(weekService.publish(rotaWeek, me()));
            FieldMessages.info("rota.publishedNow", rotaWeek.toString());
            if (firstTime) {
                FieldMessages.info(
                        mail.isOn() ? "rota.publishedEmailed" : "rota.publishedEmailsWait",
                        publication.getEmailed().size());
                FieldMessages.info(
                        "rota.publishedToPrint", publication.getToPrint().size());
            }
        });
    }

    /** Staff would rather fill the open places before publishing. */
    public void notYet() {
        askingToPublish = false;
    }

    /** Whether staff are being asked to publish a week with places still open. */
    public boolean isAskingToPublish() {
        return askingToPublish;
    }

    /** How many places on the week nobody fills yet. */
    public int getOpenPlaces() {
        return current().getGaps().stream().mapToInt(Gap::getMissing).sum();
    }

    /** Choose a one-off shift to change how many people each job needs on it. */
    public void changePlacesOf(GridRow row) {
        choice.changePlacesOf(row, current().getRota().shift(row.getShiftId()));
    }

    public void savePlaces() {
        GridChoice.Target shift = choice.getPlacesOf();
        act(() -> {
            show(weekService.changePlaces(rotaWeek, shift.shiftId(), choice.getNewPlaces(), me()));
            choice.cancel();
            FieldMessages.info("rota.places.changed", shift.shiftWords());
        });
    }

    public void moveHere(GridRow row, GridCell cell) {
        GridChoice.Chosen moving = choice.getChosen();
        change(
                new RotaWeekService.Move(
                        moving.memberId(), moving.shiftId(), moving.role(), row.getShiftId(), cell.getRole()),
                moving.name() + ": " + row.getWords() + ", " + roleWords(cell.getRole()));
    }

    public void takeOff() {
        GridChoice.Chosen moving = choice.getChosen();
        change(
                new RotaWeekService.Move(moving.memberId(), moving.shiftId(), moving.role(), null, null),
                Text.get(
                        locale(), "rota.change.REMOVED", moving.name(), moving.shiftWords(), roleWords(moving.role())));
    }

    /**
     * Someone dragged from their place and dropped on another place, which the page sends as the member, the place they
     * were in and the place they were dropped on: the same move, with the same rules, as choosing them and "Move here".
     */
    public void drop() {
        Map<String, String> sent =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Long memberId = RotaPages.number(sent.get("memberId"));
        CafeRole fromRole = RotaPages.role(sent.get("fromRole"));
        CafeRole toRole = RotaPages.role(sent.get("toRole"));
        String fromShiftId = sent.get("fromShiftId");
        GridRow to = rows.stream()
                .filter(row -> row.getShiftId().equals(sent.get("toShiftId")))
                .findFirst()
                .orElse(null);
        if (memberId == null || fromRole == null || toRole == null || fromShiftId == null || to == null) {
            FieldMessages.global("rota.drop.unreadable");
            return;
        }
        if (fromShiftId.equals(to.getShiftId()) && fromRole == toRole) {
            return;
        }
        change(
                new RotaWeekService.Move(memberId, fromShiftId, fromRole, to.getShiftId(), toRole),
                current().nameOf(memberId) + ": " + to.getWords() + ", " + roleWords(toRole));
    }

    public void fill() {
        Long fillWith = choice.getFillWith();
        if (fillWith == null) {
            FieldMessages.show(Refusal.invalid("fillWith", "rota.move.memberNeeded"));
            return;
        }
        GridChoice.Target place = choice.getTarget();
        String name = team().stream()
                .filter(member -> member.getId() == fillWith)
                .map(RotaMember::getName)
                .findFirst()
                .orElse("");
        change(
                new RotaWeekService.Move(fillWith, null, null, place.shiftId(), place.role()),
                Text.get(locale(), "rota.change.ADDED", name, place.shiftWords(), roleWords(place.role())));
    }

    private void change(RotaWeekService.Move move, String what) {
        act(() -> {
            show(weekService.reassign(rotaWeek, move, me()));
            choice.cancel();
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
        FieldMessages.attempt(
                () -> {
                    action.run();
                    return Boolean.TRUE;
                },
                refusal -> {
                    reload();
                    return false;
                });
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
        return RotaPages.roleWords(locale(), role);
    }

    public String getHeading() {
        return Text.get(
                locale(),
                "rota.week",
                rotaWeek.getWeek(),
                RotaPages.day().format(rotaWeek.getMonday()),
                RotaPages.day().format(rotaWeek.getMonday().plusDays(6)));
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
        GridChoice.Target target = choice.getTarget();
        if (target == null) {
            return List.of();
        }
        return RotaMember.candidatesFor(team(), target.role());
    }

    /** What staff have chosen so far: a person to move, a place to fill, or a shift whose places change. */
    public GridChoice getChoice() {
        return choice;
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
        return RotaPages.locale();
    }
}
