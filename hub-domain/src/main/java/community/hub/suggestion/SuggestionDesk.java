package community.hub.suggestion;

import community.hub.Refusal;
import community.hub.RetriedWhenRolledBack;
import community.hub.account.Account;
import community.hub.booking.Booking;
import community.hub.booking.BookingRequest;
import community.hub.booking.BookingService;
import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What staff do with ideas: check each before it shows (publish, merge into one already there, or set aside with a
 * reason kept internally), record one for someone who asked in person, count supports given in person, answer in
 * public, and turn an idea into a booking. Each change is in the change log, and returns the emails it owes: the
 * suggester hears when their idea is published and when it is answered; everyone who supported it with an address
 * hears once when it is happening.
 */
@ApplicationScoped
@Transactional
@RetriedWhenRolledBack
public class SuggestionDesk {

    @Inject
    private Suggestions suggestions;

    @Inject
    private BookingService bookings;

    @Inject
    private ChangeLog log;

    @Inject
    private Clock clock;

    /**
     * An idea someone gave staff in person or on paper, with how many people backed it there (counted at once). It
     * waits to be checked like any other; an address is theirs to give, for the answer.
     */
    public Suggestion recordInPerson(IdeaDetails details, String email, int backedBy, Account by) {
        String address = SuggestionRules.address("email", email);
        Instant now = clock.instant();
        Suggestion suggestion = new Suggestion(details, address, Tokens.next(), by.getUsername(), now);
        suggestions.add(suggestion);
        if (backedBy > 0) {
            suggestions.add(Support.inPerson(suggestion, backedBy, by.getUsername(), now));
        } else if (backedBy < 0) {
            throw Refusal.invalid("people", "suggestion.people.range", SuggestionRules.MOST_IN_PERSON);
        }
        log.record(ChangedThing.SUGGESTION, Change.ADDED, suggestion.getId(), suggestion.getTitle());
        return suggestion;
    }

    /** Shows the idea to everyone; the suggester hears of it. */
    public Optional<Letter> publish(long id) {
        Suggestion idea = suggestions.byId(id);
        idea.publish(clock.instant());
        log.record(ChangedThing.SUGGESTION, Change.PUBLISHED, idea.getId(), idea.getTitle());
        return toSuggester(idea, Letter.Kind.PUBLISHED);
    }

    /** Keeps the idea out of public view; the reason is for staff only and nobody is emailed. */
    public Suggestion setAside(long id, String reason) {
        String why = SuggestionRules.required("reason", reason, 1, SuggestionRules.LONGEST_REASON);
        Suggestion idea = suggestions.byId(id);
        idea.setAside(why, clock.instant());
        log.record(ChangedThing.SUGGESTION, Change.SET_ASIDE, idea.getId(), idea.getTitle());
        return idea;
    }

    /** The idea is the same as another: that one carries its supports on, and this one leaves public view. */
    public Suggestion merge(long id, long intoId) {
        Suggestion into = suggestions.locked(intoId);
        Suggestion idea = suggestions.locked(id);
        idea.mergeInto(into, clock.instant());
        log.record(ChangedThing.SUGGESTION, Change.MERGED, idea.getId(), idea.getTitle(), "into " + into.getTitle());
        return into;
    }

    /** People who backed a published or waiting idea in person, counted by staff. */
    public Suggestion addInPerson(long id, int people, Account by) {
        Suggestion idea = suggestions.locked(id);
        if (idea.getReview() == Review.MERGED || idea.getReview() == Review.SET_ASIDE) {
            throw Refusal.conflict("people", "suggestion.support.closed");
        }
        suggestions.add(Support.inPerson(idea, people, by.getUsername(), clock.instant()));
        log.record(ChangedThing.SUGGESTION, Change.CHANGED, idea.getId(), idea.getTitle(), people + " in person");
        return idea;
    }

    /**
     * The hub's answer, in public. The suggester hears it; when the idea becomes "happening", so does everyone who
     * supported it with an address, once.
     */
    public List<Letter> answer(long id, SuggestionStatus status, String answer) {
        String text = SuggestionRules.required("answer", answer, 1, SuggestionRules.LONGEST_ANSWER);
        Suggestion idea = suggestions.byId(id);
        boolean becomesHappening =
                status == SuggestionStatus.HAPPENING && idea.getStatus() != SuggestionStatus.HAPPENING;
        idea.answer(status, text, clock.instant());
        log.record(
                ChangedThing.SUGGESTION,
                Change.ANSWERED,
                idea.getId(),
                idea.getTitle(),
                status == null ? null : status.name());
        List<Letter> letters = new ArrayList<>();
        toSuggester(idea, Letter.Kind.ANSWERED).ifPresent(letters::add);
        if (becomesHappening) {
            letters.addAll(toSupporters(idea));
        }
        return letters;
    }

    /** What turning an idea into a booking made: the booking, and the emails owed. */
    public record Carried(Booking booking, List<Letter> letters) {}

    /**
     * Books the idea as an activity: the booking links back to it, the idea is happening and links to the booking,
     * and the suggester and supporters hear of it (each supporter once, however the idea came to be happening).
     */
    public Carried turnIntoBooking(long id, BookingRequest request, Account by) {
        Suggestion idea = suggestions.locked(id);
        if (!idea.isPublic() || idea.getStatus() == SuggestionStatus.NOT_POSSIBLE) {
            throw Refusal.conflict(null, "suggestion.booking.notOpen");
        }
        if (idea.getBookingId() != null) {
            throw Refusal.conflict(null, "suggestion.booking.already");
        }
        boolean becomesHappening = idea.getStatus() != SuggestionStatus.HAPPENING;
        Booking booking = bookings.book(request, by);
        booking.carriesOut(idea.getId());
        idea.becameBooking(booking.getId(), clock.instant());
        log.record(
                ChangedThing.SUGGESTION,
                Change.BOOKED,
                idea.getId(),
                idea.getTitle(),
                booking.getActivity().getTitle());
        List<Letter> letters = new ArrayList<>();
        if (becomesHappening) {
            toSuggester(idea, Letter.Kind.ANSWERED).ifPresent(letters::add);
        }
        letters.addAll(toSupporters(idea));
        return new Carried(booking, letters);
    }

    private Optional<Letter> toSuggester(Suggestion idea, Letter.Kind kind) {
        return idea.getSuggesterEmail() == null
                ? Optional.empty()
                : Optional.of(
                        new Letter(kind, idea.getSuggesterEmail(), idea.getForgetToken(), idea, null, idea.language()));
    }

    private List<Letter> toSupporters(Suggestion idea) {
        Instant now = clock.instant();
        List<Letter> letters = new ArrayList<>();
        for (Support support : suggestions.supportersToTell(idea)) {
            support.toldHappening(now);
            if (!support.getEmail().equals(idea.getSuggesterEmail())) {
                letters.add(new Letter(
                        Letter.Kind.HAPPENING,
                        support.getEmail(),
                        support.getForgetToken(),
                        idea,
                        null,
                        support.language()));
            }
        }
        return letters;
    }
}
