package community.hub.web.closure;

import community.hub.ShownDays;
import community.hub.booking.Closure;
import community.hub.booking.ClosureService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The closures for the list: those on today and to come, soonest first, and the past ones, the latest first, only
 * when asked for ({@code past=true}). Staff see it too; only the hub manager adds and removes.
 */
@Named
@RequestScoped
public class ClosureList {

    @Inject
    private ClosureService closures;

    @Inject
    private ShownDays shownDays;

    private boolean past;
    private List<Closure> current;
    private List<Closure> ended;

    public List<Closure> getCurrent() {
        if (current == null) {
            current = closures.current();
        }
        return current;
    }

    public List<Closure> getPastClosures() {
        if (ended == null) {
            ended = past ? closures.past() : List.of();
        }
        return ended;
    }

    /** Whether the closure is on today, so the list can say it is closed now. */
    public boolean closedNow(Closure closure) {
        return closure.covers(shownDays.today());
    }

    /** What is closed and when, in words, to name the closure a link acts on. */
    public String describe(Closure closure) {
        return ClosureWords.describe(closure);
    }

    public boolean isPast() {
        return past;
    }

    public void setPast(boolean past) {
        this.past = past;
    }
}
