package community.hub.rota;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the members who get their rota by email should hear about a week: when staff publish it, each member's own
 * places that week; when a published week changes for them, what changed and their places now. Only members the hub
 * can email are in it (see {@link RotaDeliveries}). Fired inside the change's own transaction, so an observer that
 * records it records it exactly when the change commits.
 *
 * @param week    the week
 * @param kind    published, or changed after publishing
 * @param members one piece of news for each member to email, by name
 */
public record RotaNews(RotaWeek week, Kind kind, List<MemberNews> members) {

    /** What happened to the week. */
    public enum Kind {
        PUBLISHED,
        CHANGED
    }

    public RotaNews {
        Objects.requireNonNull(week);
        Objects.requireNonNull(kind);
        members = List.copyOf(members);
    }

    /**
     * The week is published: everyone emailed hears their places in it. Someone with no place that week is not
     * written to.
     *
     * @param titles what each one-off shift is for, by shift id
     */
    public static RotaNews published(Rota week, RotaDeliveries deliveries, Map<String, String> titles) {
        List<MemberNews> news = new ArrayList<>();
        for (RotaDeliveries.Recipient recipient : deliveries.getEmailed()) {
            List<Place> places = places(week, recipient.memberId(), titles, place -> true);
            if (!places.isEmpty()) {
                news.add(new MemberNews(
                        recipient.memberId(), recipient.name(), recipient.address(), places, List.of(), List.of()));
            }
        }
        return new RotaNews(week.getWeek(), Kind.PUBLISHED, news);
    }

    /**
     * A published week changed: everyone emailed whose places changed hears which places are new, which they no
     * longer have, and all their places now. A place that only became locked is no change.
     */
    public static RotaNews changed(Rota before, Rota after, RotaDeliveries deliveries, Map<String, String> titles) {
        List<MemberNews> news = new ArrayList<>();
        for (RotaDeliveries.Recipient recipient : deliveries.getEmailed()) {
            long id = recipient.memberId();
            Set<String> was = keys(before, id);
            Set<String> now = keys(after, id);
            List<Place> added = places(after, id, titles, place -> !was.contains(key(place)));
            List<Place> removed = places(before, id, titles, place -> !now.contains(key(place)));
            if (!added.isEmpty() || !removed.isEmpty()) {
                news.add(new MemberNews(
                        id,
                        recipient.name(),
                        recipient.address(),
                        places(after, id, titles, place -> true),
                        added,
                        removed));
            }
        }
        return new RotaNews(after.getWeek(), Kind.CHANGED, news);
    }

    /** The members whose places differ between the two, locking aside: those a change concerns. */
    public static Set<Long> changedMembers(Rota before, Rota after) {
        Set<Long> changed = new TreeSet<>();
        Set<String> was = new TreeSet<>();
        Set<String> now = new TreeSet<>();
        before.getAssignments().forEach(held -> was.add(held.getMemberId() + "|" + key(held)));
        after.getAssignments().forEach(held -> now.add(held.getMemberId() + "|" + key(held)));
        before.getAssignments().stream()
                .filter(held -> !now.contains(held.getMemberId() + "|" + key(held)))
                .forEach(held -> changed.add(held.getMemberId()));
        after.getAssignments().stream()
                .filter(held -> !was.contains(held.getMemberId() + "|" + key(held)))
                .forEach(held -> changed.add(held.getMemberId()));
        return changed;
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    private static List<Place> places(
            Rota rota, long memberId, Map<String, String> titles, Predicate<Assignment> wanted) {
        return rota.shiftsOf(memberId).stream()
                .filter(wanted)
                .map(held -> new Place(
                        held.getShift(),
                        held.getRole(),
                        titles.get(held.getShift().getId())))
                .toList();
    }

    private static Set<String> keys(Rota rota, long memberId) {
        Set<String> keys = new TreeSet<>();
        rota.shiftsOf(memberId).forEach(held -> keys.add(key(held)));
        return keys;
    }

    private static String key(Assignment held) {
        Shift shift = held.getShift();
        return shift.getId() + "|" + shift.getStart() + "|" + shift.getEnd() + "|" + held.getRole();
    }

    /**
     * One member's news.
     *
     * @param address where it goes
     * @param shifts  their places in the week now, in time order
     * @param added   places that are new since they were last told (none for a publication)
     * @param removed places they no longer have (none for a publication)
     */
    public record MemberNews(
            long memberId, String name, String address, List<Place> shifts, List<Place> added, List<Place> removed) {
        public MemberNews {
            shifts = List.copyOf(shifts);
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    /**
     * A place on a shift.
     *
     * @param title what a one-off shift is for ("Community lunch"); none for a shift from the usual week
     */
    public record Place(Shift shift, CafeRole role, String title) {}
}
