package community.hub.rota.store;

import community.hub.rota.CafeRole;
import community.hub.rota.Shift;
import java.time.Instant;

/**
 * One change made to a week after it was published, as people see it: who was added to or taken off which place, when
 * and by whom. A read-only copy of the stored {@link StoredChange}; the rules' own change to a rota (places left and
 * taken, not yet made) is a {@link community.hub.rota.RotaChange}.
 */
public final class ChangeSincePublished {

    private final Shift shift;
    private final long memberId;
    private final String name;
    private final CafeRole role;
    private final StoredChange.Kind kind;
    private final Instant at;
    private final String by;

    ChangeSincePublished(StoredChange change) {
        this.shift = change.getShift().toShift();
        this.memberId = change.getMember().getId();
        this.name = change.getMember().getName();
        this.role = change.getRole();
        this.kind = change.getKind();
        this.at = change.getChangedAt();
        this.by = change.getChangedBy();
    }

    public Shift getShift() {
        return shift;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }

    public CafeRole getRole() {
        return role;
    }

    public StoredChange.Kind getKind() {
        return kind;
    }

    public boolean isAdded() {
        return kind == StoredChange.Kind.ADDED;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }
}
