package community.hub.web.suggestion;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.booking.ActivityType;
import community.hub.booking.Booking;
import community.hub.booking.BookingRequest;
import community.hub.booking.Visibility;
import community.hub.mail.SuggestionMailOutbox;
import community.hub.web.NotFoundPage;
import community.hub.web.security.Caller;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Optional;

/**
 * The booking form opened from a residents' idea (staff only, {@code ?suggestion=ID}): it starts filled in from the
 * idea, and saving books it as the idea carried out, so the idea links to the booking and its supporters hear of it.
 */
@Dependent
public class SuggestionBooking implements Serializable {

    @Inject
    private IdeaLists lists;

    @Inject
    private SuggestionMailOutbox mails;

    @Inject
    private SuggestionGate gate;

    @Inject
    private Caller caller;

    private Long suggestion;
    private String title;

    /** Whether the form was opened from an idea. */
    public boolean isAsked() {
        return suggestion != null;
    }

    /**
     * Fills the request in from the idea: its title, description and a public activity. Answers the idea's audience
     * tags for the form's field; an idea the caller may not turn into a booking is "not found".
     */
    public Optional<String> fillIn(BookingRequest request) {
        StaffIdea idea = null;
        try {
            idea = caller.isStaff() ? lists.forStaff(suggestion) : null;
        } catch (Refusal unknown) {
            idea = null;
        }
        if (idea == null || !idea.review().equals("published") || idea.bookingId() != null) {
            suggestion = null;
            NotFoundPage.send();
            return Optional.empty();
        }
        title = idea.title();
        if (request.getTitle() == null) {
            request.setTitle(idea.title());
            request.setDescription(idea.description());
            request.setVisibility(Visibility.PUBLIC);
            request.setType(ActivityType.CLASS);
        }
        return Optional.of(String.join(", ", idea.audience()));
    }

    public Booking book(BookingRequest request, Account by) {
        HttpServletRequest http = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return mails.turnIntoBooking(suggestion, request, by, gate.links(http));
    }

    public Long getSuggestion() {
        return suggestion;
    }

    public void setSuggestion(Long suggestion) {
        this.suggestion = suggestion;
    }

    /** The idea's title, for the form's heading. */
    public String getTitle() {
        return title;
    }
}
