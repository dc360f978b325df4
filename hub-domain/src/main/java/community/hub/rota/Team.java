package community.hub.rota;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The café team by id, always in id order so that every decision made over it is repeatable. */
final class Team {

    private final Map<Long, RotaMember> byId = new TreeMap<>();

    Team(Collection<RotaMember> members) {
        for (RotaMember member : members) {
            if (byId.put(member.getId(), member) != null) {
                throw new IllegalArgumentException("Two members have the id " + member.getId());
            }
        }
    }

    Collection<RotaMember> inIdOrder() {
        return byId.values();
    }

    Optional<RotaMember> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    RotaMember member(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No member " + id + " on the team"));
    }

    /** Someone who has left the team keeps the places they hold, but needs no job coach any more. */
    boolean needsJobCoach(long id) {
        return find(id).map(RotaMember::isNeedsJobCoach).orElse(false);
    }
}
