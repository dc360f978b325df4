package community.hub.calendar;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Issues, finds and replaces the tokens of private feeds. */
@ApplicationScoped
@Transactional
public class FeedService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private FeedKey key;

    @Inject
    private Clock clock;

    /** The caller's private feeds issued so far; none before the first {@link #openFeedsOf}. Reads only. */
    public List<FeedToken> feedsOf(Account account) {
        return entityManager
                .createQuery("select f from FeedToken f where f.account = :account order by f.id", FeedToken.class)
                .setParameter("account", account)
                .getResultList();
    }

    /** The caller's private feeds, issued if they have none yet: a tenant's organisation feed, a volunteer's shifts. */
    public List<FeedToken> openFeedsOf(Account account) {
        List<FeedToken> feeds = feedsOf(account);
        if (!feeds.isEmpty()) {
            return feeds;
        }
        FeedKind kind = account.getRole() == Role.TENANT
                ? FeedKind.ORGANISATION
                : account.getRole() == Role.VOLUNTEER ? FeedKind.SHIFTS : null;
        if (kind == null) {
            return List.of();
        }
        FeedToken feed = new FeedToken(account, kind, key, clock.instant());
        entityManager.persist(feed);
        return List.of(feed);
    }

    /** Revokes a feed's token and issues a new one; only the feed's owner may. */
    public FeedToken rotate(long feedId, Account account) {
        FeedToken feed = entityManager.find(FeedToken.class, feedId);
        if (feed == null || !feed.getAccount().getId().equals(account.getId())) {
            throw Refusal.notFound("feed.notFound", feedId);
        }
        feed.issue(key, clock.instant());
        return feed;
    }

    /** The feed a token opens, if it is current and its owner can still sign in. */
    public Optional<FeedToken> byToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return entityManager
                .createQuery(
                        "select f from FeedToken f where f.tokenHash = :hash and f.account.active = true",
                        FeedToken.class)
                .setParameter("hash", FeedToken.hash(token))
                .getResultStream()
                .findFirst();
    }

    public String tokenOf(FeedToken feed) {
        return feed.token(key);
    }
}
