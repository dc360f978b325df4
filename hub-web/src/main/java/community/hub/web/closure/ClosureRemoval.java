package community.hub.web.closure;

import community.hub.Refusal;
import community.hub.booking.Closure;
import community.hub.booking.ClosureService;
import community.hub.web.FieldMessages;
import community.hub.web.NotFoundPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Asks the hub manager to confirm before a closure is removed and its days can be booked again. */
@Named
@ViewScoped
public class ClosureRemoval implements Serializable {

    @Inject
    private ClosureService closures;

    private Long id;
    private String what;
    private String days;
    private String reason;

    /** Loads the closure named by the {@code id} parameter; an unknown one is "not found". */
    public void load() {
        try {
            Closure closure = closures.byId(id == null ? -1 : id);
            what = ClosureWords.what(closure);
            days = ClosureWords.days(closure);
            reason = closure.getReason();
        } catch (Refusal unknown) {
            NotFoundPage.send();
        }
    }

    public String remove() {
        try {
            closures.reopen(id);
            FieldMessages.done("closureRemoval.removed", what, days);
            return "/admin/closures?faces-redirect=true";
        } catch (Refusal gone) {
            FieldMessages.show(gone);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getWhat() {
        return what;
    }

    public String getDays() {
        return days;
    }

    public String getReason() {
        return reason;
    }
}
