package community.hub.booking;

import community.hub.Refusal;
import java.util.List;

/** A booking refused because some of its occurrences clash; every clashing occurrence is listed. */
public class ClashRefusal extends Refusal {

    private final transient List<Clash> clashes;

    public ClashRefusal(List<Clash> clashes, boolean series) {
        super(Kind.CONFLICT, "start", series ? "booking.clashes.series" : "booking.clashes.once", clashes.size());
        this.clashes = List.copyOf(clashes);
    }

    public List<Clash> clashes() {
        return clashes;
    }
}
