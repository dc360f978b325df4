package community.hub.web.rota;

import java.io.Serializable;

/** Someone in a place. */
public final class GridPerson implements Serializable {
    private final long memberId;
    private final String name;
    private final boolean locked;
    private final boolean newSincePublished;

    GridPerson(long memberId, String name, boolean locked, boolean newSincePublished) {
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
