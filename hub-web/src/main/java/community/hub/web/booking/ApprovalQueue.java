package community.hub.web.booking;

import community.hub.booking.Booking;
import community.hub.booking.BookingDecisions;
import community.hub.booking.Bookings;
import community.hub.web.FieldMessages;
import community.hub.web.security.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Requests from tenants waiting for staff: approve, or decline saying why. A request to change a booking says which
 * booking, and what it changes: the whole booking, one date, or the series from one date on.
 */
@Named
@ViewScoped
public class ApprovalQueue implements Serializable {

    @Inject
    private Bookings bookings;

    @Inject
    private BookingDecisions decisions;

    @Inject
    private Caller caller;

    private final Map<Long, String> reasons = new HashMap<>();
    private List<WaitingRequest> waiting;

    public List<WaitingRequest> getWaiting() {
        if (waiting == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            waiting = bookings.waitingForDecision().stream()
                    .map(pending -> WaitingRequest.of(pending, locale))
                    .toList();
        }
        return waiting;
    }

    public void approve(WaitingRequest request) {
        decide(
                () -> decisions.approve(request.getId(), caller.account().orElseThrow()),
                request.isMove() ? "booking.moveApprovedMessage" : "booking.approvedMessage");
    }

    public void decline(WaitingRequest request) {
        decide(
                () -> decisions.decline(
                        request.getId(),
                        reasons.get(request.getId()),
                        caller.account().orElseThrow()),
                "booking.declinedMessage");
    }

    private void decide(Supplier<Booking> decision, String doneKey) {
        FieldMessages.attempt(decision).ifPresent(decided -> {
            FieldMessages.info(doneKey, decided.getActivity().getTitle());
            waiting = null;
        });
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
