package community.hub.suggestion;

import community.hub.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds ideas: the public ones in the order asked, the queue for staff, one by id, and who offered to run them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Suggestions {

    /** The most ideas one list returns. */
    public static final int MOST = 5000;

    @PersistenceContext
    private EntityManager entityManager;

    /** Any idea, for staff; refused as not found when there is none. */
    public Suggestion byId(long id) {
        Suggestion suggestion = entityManager.find(Suggestion.class, id);
        if (suggestion == null) {
            throw Refusal.notFound("suggestion.notFound");
        }
        return suggestion;
    }

    /** A published idea, for anyone; one not published is as unknown as one that never was. */
    public Suggestion publicById(long id) {
        Suggestion suggestion = entityManager.find(Suggestion.class, id);
        if (suggestion == null || !suggestion.isPublic()) {
            throw Refusal.notFound("suggestion.notFound");
        }
        return suggestion;
    }

    /** The published ideas, all or of one status, in the order asked. */
    public List<Suggestion> published(SuggestionStatus status, IdeaOrder order) {
        TypedQuery<Suggestion> query = entityManager
                .createQuery(
                        "select s from Suggestion s where s.review = :review"
                                + (status == null ? "" : " and s.status = :status")
                                + (order == IdeaOrder.NEWEST
                                        ? " order by s.publishedAt desc, s.id desc"
                                        : " order by s.supportCount desc, s.id desc"),
                        Suggestion.class)
                .setParameter("review", Review.PUBLISHED);
        if (status != null) {
            query.setParameter("status", status);
        }
        List<Suggestion> found = new ArrayList<>(query.setMaxResults(MOST).getResultList());
        if (order == IdeaOrder.STATUS) {
            found.sort(Comparator.comparing(Suggestion::getStatus)); // stable: most supported first within a status
        }
        return found;
    }

    /** "You said, we did": published ideas the hub has answered, latest answer first. */
    public List<Suggestion> answered(int most) {
        return entityManager
                .createQuery(
                        "select s from Suggestion s where s.review = :review and s.status <> :new "
                                + "order by s.answeredAt desc, s.id desc",
                        Suggestion.class)
                .setParameter("review", Review.PUBLISHED)
                .setParameter("new", SuggestionStatus.NEW)
                .setMaxResults(most)
                .getResultList();
    }

    /**
     * Every idea in one review state (all of them with none), in the order asked; with none asked, oldest first for
     * the queue and newest first for the rest.
     */
    public List<Suggestion> forStaff(Review review, IdeaOrder order) {
        String sorted;
        if (order == null) {
            sorted = review == Review.WAITING ? " order by s.createdAt, s.id" : " order by s.createdAt desc, s.id desc";
        } else {
            sorted = order == IdeaOrder.NEWEST
                    ? " order by s.createdAt desc, s.id desc"
                    : " order by s.supportCount desc, s.id desc";
        }
        TypedQuery<Suggestion> query = entityManager.createQuery(
                "select s from Suggestion s" + (review == null ? "" : " where s.review = :review") + sorted,
                Suggestion.class);
        if (review != null) {
            query.setParameter("review", review);
        }
        List<Suggestion> found = new ArrayList<>(query.setMaxResults(MOST).getResultList());
        if (order == IdeaOrder.STATUS) {
            found.sort(Comparator.comparing(Suggestion::getStatus)); // stable: most supported first within a status
        }
        return found;
    }

    /** How many ideas wait to be checked. */
    public long waiting() {
        return entityManager
                .createQuery("select count(s) from Suggestion s where s.review = :review", Long.class)
                .setParameter("review", Review.WAITING)
                .getSingleResult();
    }

    /** The organisations that offered to run each of these ideas, by idea id, earliest offer first. */
    public Map<Long, List<Offer>> offers(Collection<Long> ideaIds) {
        Map<Long, List<Offer>> offers = new LinkedHashMap<>();
        if (ideaIds.isEmpty()) {
            return offers;
        }
        entityManager
                .createQuery(
                        "select o from Offer o join fetch o.organisation where o.suggestionId in :ids "
                                + "order by o.offeredAt, o.id",
                        Offer.class)
                .setParameter("ids", ideaIds)
                .getResultList()
                .forEach(offer -> offers.computeIfAbsent(offer.getSuggestionId(), id -> new ArrayList<>())
                        .add(offer));
        return offers;
    }

    /** The supports of one idea, for staff. */
    public List<Support> supports(Suggestion idea) {
        return entityManager
                .createNamedQuery("Support.ofIdea", Support.class)
                .setParameter("suggestion", idea)
                .getResultList();
    }

    Optional<Support> support(Suggestion idea, String addressKey) {
        return entityManager
                .createNamedQuery("Support.byKey", Support.class)
                .setParameter("suggestion", idea)
                .setParameter("key", addressKey)
                .getResultStream()
                .findFirst();
    }

    Optional<Support> supportToConfirm(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery("Support.byConfirmation", Support.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream()
                .findFirst();
    }

    long ideasFrom(String address, Instant since) {
        return entityManager
                .createQuery(
                        "select count(s) from Suggestion s where s.suggesterEmail = :email and s.createdAt >= :since",
                        Long.class)
                .setParameter("email", address)
                .setParameter("since", since.toEpochMilli())
                .getSingleResult();
    }

    long supportsAskedBy(String address, Instant since) {
        return entityManager
                .createNamedQuery("Support.askedSince", Long.class)
                .setParameter("email", address)
                .setParameter("since", since.toEpochMilli())
                .getSingleResult();
    }

    List<Support> supportersToTell(Suggestion idea) {
        return entityManager
                .createNamedQuery("Support.toTell", Support.class)
                .setParameter("suggestion", idea)
                .getResultList();
    }

    /** The address a forget link was sent to, if the link is one of ours and the address is still kept. */
    Optional<String> addressForgottenBy(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        Optional<String> suggester = entityManager
                .createQuery("select s.suggesterEmail from Suggestion s where s.forgetToken = :token", String.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
        return suggester.or(() -> entityManager
                .createQuery("select s.email from Support s where s.forgetToken = :token", String.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst());
    }

    List<Suggestion> suggestedBy(String address) {
        return entityManager
                .createQuery("select s from Suggestion s where s.suggesterEmail = :email", Suggestion.class)
                .setParameter("email", address)
                .getResultList();
    }

    List<Support> supportsBy(String address) {
        return entityManager
                .createQuery("select s from Support s where s.email = :email", Support.class)
                .setParameter("email", address)
                .getResultList();
    }

    List<Suggestion> closedBefore(Instant before) {
        return entityManager
                .createQuery(
                        "select s from Suggestion s where s.closedAt < :before and (s.suggesterEmail is not null "
                                + "or exists (select p from Support p where p.suggestion = s and p.email is not null))",
                        Suggestion.class)
                .setParameter("before", before.toEpochMilli())
                .getResultList();
    }

    int removeUnconfirmedAskedBefore(Instant before) {
        return entityManager
                .createQuery("delete from Support s where s.confirmedAt is null and s.askedAt < :before")
                .setParameter("before", before.toEpochMilli())
                .executeUpdate();
    }

    /** The idea, locked until the transaction ends: its supports are counted one change after another. */
    Suggestion locked(long id) {
        Suggestion suggestion = entityManager.find(Suggestion.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (suggestion == null) {
            throw Refusal.notFound("suggestion.notFound");
        }
        return suggestion;
    }

    void add(Object entity) {
        entityManager.persist(entity);
        entityManager.flush();
    }
}
