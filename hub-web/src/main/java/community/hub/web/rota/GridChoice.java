package community.hub.web.rota;

import community.hub.rota.CafeRole;
import community.hub.rota.Shift;
import community.hub.web.Text;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What staff have chosen on the grid so far: a person to move, an open place to fill (and with whom), or a one-off shift
 * whose places they are changing. Only one at a time; the grid's actions read it and clear it.
 */
public final class GridChoice implements Serializable {

    /** The person chosen to move: who, from which shift, which job. */
    private Chosen chosen;
    /** The open place chosen to fill. */
    private Target target;

    private Long fillWith;
    /** The one-off shift whose places staff are changing, and the numbers they give. */
    private Target placesOf;

    private final Map<CafeRole, Integer> newPlaces = new EnumMap<>(CafeRole.class);

    /** A person chosen to move. */
    public record Chosen(long memberId, String name, String shiftId, String shiftWords, CafeRole role)
            implements Serializable {}

    /** An open place chosen to fill, or a shift whose places change (no role then). */
    public record Target(String shiftId, String shiftWords, CafeRole role) implements Serializable {}

    /** Choose a person to move; choosing them again puts them down. */
    public void choose(GridPerson person, GridRow row, GridCell cell) {
        target = null;
        if (isChosen(person, row, cell)) {
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

    /** Choose a one-off shift to change how many people each job needs on it, starting from the places it has. */
    void changePlacesOf(GridRow row, Optional<Shift> shift) {
        cancel();
        placesOf = new Target(row.getShiftId(), row.getWords(), null);
        newPlaces.clear();
        shift.ifPresent(open -> {
            for (CafeRole role : CafeRole.values()) {
                newPlaces.put(role, open.placesFor(role));
            }
        });
    }

    public boolean isChosen(GridPerson person, GridRow row, GridCell cell) {
        return chosen != null
                && chosen.memberId() == person.getMemberId()
                && chosen.shiftId().equals(row.getShiftId())
                && chosen.role() == cell.getRole();
    }

    public Chosen getChosen() {
        return chosen;
    }

    public Target getTarget() {
        return target;
    }

    public Target getPlacesOf() {
        return placesOf;
    }

    public Map<CafeRole, Integer> getNewPlaces() {
        return newPlaces;
    }

    public Long getFillWith() {
        return fillWith;
    }

    public void setFillWith(Long fillWith) {
        this.fillWith = fillWith;
    }

    public String getChosenText() {
        return chosen == null
                ? ""
                : Text.get(locale(), "rota.chosen", chosen.name(), chosen.shiftWords(), roleWords(chosen.role()));
    }

    public String getTakeOffText() {
        return chosen == null ? "" : Text.get(locale(), "rota.takeOff", chosen.name());
    }

    public String getMoveHereText() {
        return chosen == null ? "" : Text.get(locale(), "rota.moveHere", chosen.name());
    }

    public String getPlacesText() {
        return placesOf == null ? "" : Text.get(locale(), "rota.places.for", placesOf.shiftWords());
    }

    public String getTargetText() {
        return target == null
                ? ""
                : Text.get(
                        locale(),
                        "rota.fillTarget",
                        target.shiftWords(),
                        roleWords(target.role()).toLowerCase(locale()));
    }

    private static Locale locale() {
        return RotaPages.locale();
    }

    private static String roleWords(CafeRole role) {
        return RotaPages.roleWords(locale(), role);
    }
}
