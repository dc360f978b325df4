package community.hub.suggestion;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Organisations offering to run a residents' idea: a member offers for their own organisation, once per idea. */
@ApplicationScoped
@Transactional
public class Offers {

    @Inject
    private Suggestions suggestions;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    /** The caller's organisation offers to run a published idea that is still open. */
    public Offer offer(long ideaId, String note, Account by) {
        if (by.getRole() != Role.TENANT || by.getOrganisation() == null) {
            throw Refusal.invalid(null, "suggestion.offer.tenantsOnly");
        }
        String text = SuggestionRules.optional("note", note, SuggestionRules.LONGEST_NOTE);
        Suggestion idea = suggestions.publicById(ideaId);
        if (idea.getStatus().isClosed()) {
            throw Refusal.conflict(null, "suggestion.offer.closed");
        }
        boolean already = !entityManager
                .createQuery(
                        "select o.id from Offer o where o.suggestionId = :id and o.organisation = :organisation",
                        Long.class)
                .setParameter("id", ideaId)
                .setParameter("organisation", by.getOrganisation())
                .getResultList()
                .isEmpty();
        if (already) {
            throw Refusal.conflict(
                    null, "suggestion.offer.already", by.getOrganisation().getName());
        }
        Offer offer = new Offer(ideaId, by.getOrganisation(), text, by.getUsername(), clock.instant());
        entityManager.persist(offer);
        return offer;
    }
}
