package community.hub.suggestion;

import community.hub.Refusal;
import community.hub.RetriedWhenRolledBack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What residents do with ideas, without an account: suggest one, support a published one with an address confirmed
 * by a link, and ask for their address to be forgotten. Each returns the emails it owes, for the caller to write in
 * the same transaction. A refused request changes nothing.
 */
@ApplicationScoped
@Transactional
@RetriedWhenRolledBack
public class SuggestionService {

    private static final Duration AN_HOUR = Duration.ofHours(1);

    @Inject
    private Suggestions suggestions;

    @Inject
    private Clock clock;

    /**
     * A resident's idea, waiting for staff to check it; at most a few an hour from one address. The hub's emails about
     * it speak the language it was suggested in.
     */
    public Suggestion suggest(IdeaDetails details, String email, Locale spoken) {
        String address = SuggestionRules.address("email", email);
        Instant now = clock.instant();
        if (address != null
                && suggestions.ideasFrom(address, now.minus(AN_HOUR)) >= SuggestionRules.IDEAS_PER_ADDRESS_PER_HOUR) {
            throw Refusal.tooMany("email", "suggestion.limit.ideas", SuggestionRules.IDEAS_PER_ADDRESS_PER_HOUR);
        }
        Suggestion suggestion = new Suggestion(details, address, Tokens.next(), null, now);
        suggestion.writtenIn(spoken);
        suggestions.add(suggestion);
        return suggestion;
    }

    /**
     * Asks to support a published, open idea: the letter with the link that makes it count. An address that
     * supports the idea already is refused; one that asked before without confirming gets a new link. The letter, and
     * the later news of the idea, speak the language the support was asked in.
     */
    public Letter support(long ideaId, String email, Locale spoken) {
        String address = SuggestionRules.requiredAddress("email", email);
        Suggestion idea = suggestions.publicById(ideaId);
        if (!idea.isOpenForSupport()) {
            throw Refusal.conflict(null, "suggestion.support.closed");
        }
        Instant now = clock.instant();
        if (suggestions.supportsAskedBy(address, now.minus(AN_HOUR)) >= SuggestionRules.SUPPORTS_PER_ADDRESS_PER_HOUR) {
            throw Refusal.tooMany("email", "suggestion.limit.supports", SuggestionRules.SUPPORTS_PER_ADDRESS_PER_HOUR);
        }
        String token = Tokens.next();
        Optional<Support> earlier = suggestions.support(idea, SuggestionRules.addressKey(idea.getId(), address));
        Support support;
        if (earlier.isPresent()) {
            support = earlier.get();
            if (support.isConfirmed()) {
                throw Refusal.conflict("email", "suggestion.support.already");
            }
            support.askedAgain(spoken, Tokens.hash(token), now);
        } else {
            support = Support.byAddress(idea, address, spoken, Tokens.hash(token), Tokens.next(), now);
            suggestions.add(support);
        }
        return new Letter(
                Letter.Kind.CONFIRM_SUPPORT, address, support.getForgetToken(), idea, token, support.language());
    }

    /** The link from a support's email: the support counts, once, while the link works and the idea is open. */
    public Suggestion confirm(String token) {
        Support support = suggestions
                .supportToConfirm(token)
                .orElseThrow(() -> Refusal.invalid("token", "suggestion.confirm.unknown"));
        suggestions.locked(support.getSuggestion().getId());
        support.confirm(clock.instant());
        return support.getSuggestion();
    }

    /**
     * The link in every email: the address it was sent to is removed from every idea and support. Supports already
     * counted still count. Answers false for a link that is unknown or already used.
     */
    public boolean forget(String token) {
        Optional<String> address = suggestions.addressForgottenBy(token);
        address.ifPresent(this::forgetAddress);
        return address.isPresent();
    }

    private void forgetAddress(String address) {
        suggestions.suggestedBy(address).forEach(Suggestion::forgetAddress);
        suggestions.supportsBy(address).forEach(Support::forgetAddress);
    }

    /**
     * Removes the addresses the hub no longer needs: those of ideas closed more than 90 days ago, and supports never
     * confirmed whose link has expired.
     *
     * @return how many ideas had addresses removed
     */
    public int removeExpiredAddresses() {
        Instant now = clock.instant();
        suggestions.removeUnconfirmedAskedBefore(now.minus(SuggestionRules.CONFIRMATION_WORKS_FOR));
        List<Suggestion> expired = suggestions.closedBefore(now.minus(SuggestionRules.ADDRESSES_KEPT_AFTER_CLOSING));
        for (Suggestion idea : expired) {
            idea.forgetAddress();
            suggestions.supports(idea).forEach(Support::forgetAddress);
        }
        return expired.size();
    }
}
