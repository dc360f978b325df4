package community.hub.web.booking;

import community.hub.Refusal;
import community.hub.booking.Booking;
import community.hub.booking.BookingService;
import community.hub.web.FieldMessages;
import community.hub.web.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Requests from tenants waiting for staff: approve, or decline saying why. */
@Named
@ViewScoped
public class ApprovalQueue implements Serializable {

    @Inject
    private BookingService bookings;

    @Inject
    private Caller caller;

    private final Map<Long, String> reasons = new HashMap<>();
    private List<Booking> waiting;

    public List<Booking> getWaiting() {
        if (waiting == null) {
            waiting = bookings.pending();
        }
        return waiting;
    }

    public void approve(Booking booking) {
        decide(() -> bookings.approve(booking.getId(), caller.account().orElseThrow()), "booking.approvedMessage");
    }

    public void decline(Booking booking) {
        decide(() -> bookings.decline(booking.getId(), reasons.get(booking.getId()), caller.account().orElseThrow()),
                "booking.declinedMessage");
    }

    private void decide(Supplier<Booking> decision, String doneKey) {
        try {
            Booking decided = decision.get();
            FieldMessages.info(doneKey, decided.getTitle());
            waiting = null;
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
