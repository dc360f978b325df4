package community.hub.web.closure;

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
        NotFoundPage.unlessRefused(() -> closures.byId(id == null ? -1 : id)).ifPresent(closure -> {
            what = ClosureWords.what(closure);
            days = ClosureWords.days(closure);
            reason = closure.getReason();
        });
    }

    public String remove() {
        if (!FieldMessages.attempted(() -> closures.reopen(id))) {
            return null;
        }
        FieldMessages.done("closureRemoval.removed", what, days);
        return "/admin/closures?faces-redirect=true";
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
