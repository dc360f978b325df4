package community.hub.mail;

import community.hub.account.Account;
import community.hub.booking.Booking;
import community.hub.booking.BookingRequest;
import community.hub.settings.HubSettingsService;
import community.hub.suggestion.Letter;
import community.hub.suggestion.SuggestionDesk;
import community.hub.suggestion.SuggestionService;
import community.hub.suggestion.SuggestionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The changes to ideas that owe someone an email, each in one transaction with its emails: a support and the link
 * confirming it, a publication or an answer and the suggester's news, a booking made from an idea and its
 * supporters' news. The mail sender sends them after the commit.
 */
@ApplicationScoped
public class SuggestionMailOutbox {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SuggestionService residents;

    @Inject
    private SuggestionDesk desk;

    @Inject
    private HubSettingsService hubSettings;

    @Inject
    private Event<SuggestionMailWritten> written;

    @Inject
    private Clock clock;

    /** Asks to support an idea: the email with the link that makes it count, in the language asked in. */
    @Transactional
    public void support(long ideaId, String email, Locale spoken, SuggestionLinks links) {
        write(List.of(residents.support(ideaId, email, spoken)), links);
    }

    /** Publishes an idea; the suggester hears of it. */
    @Transactional
    public void publish(long ideaId, SuggestionLinks links) {
        write(desk.publish(ideaId).stream().toList(), links);
    }

    /** Answers an idea in public; the suggester hears it, and supporters too when it is happening. */
    @Transactional
    public void answer(long ideaId, SuggestionStatus status, String answer, SuggestionLinks links) {
        write(desk.answer(ideaId, status, answer), links);
    }

    /** Books an idea as an activity; the suggester and supporters hear it is happening. */
    @Transactional
    public Booking turnIntoBooking(long ideaId, BookingRequest request, Account by, SuggestionLinks links) {
        SuggestionDesk.Carried carried = desk.turnIntoBooking(ideaId, request, by);
        write(carried.letters(), links);
        return carried.booking();
    }

    private void write(Collection<Letter> letters, SuggestionLinks links) {
        if (letters.isEmpty()) {
            return;
        }
        SuggestionMail mail = new SuggestionMail(hubSettings.details().name(), links);
        for (Letter letter : letters) {
            entityManager.persist(new OutgoingMail(null, mail.compose(letter), clock.instant()));
        }
        entityManager.flush();
        written.fire(new SuggestionMailWritten(letters.size()));
    }
}
