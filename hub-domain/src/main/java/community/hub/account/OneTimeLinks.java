package community.hub.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Issues and redeems one-time links. A token is 256 random bits from {@link SecureRandom}, URL-safe; only its SHA-256
 * is stored (a random token that long needs no slow hash). Issuing a link retires the older unused ones of the same
 * purpose and person, and using one is a single conditional update, so of two people using a link at once one wins.
 */
@ApplicationScoped
@Transactional
public class OneTimeLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @PersistenceContext
    private EntityManager entityManager;

    /** A link as issued: the token to put in it, and until when it works. */
    public record Issued(String token, Instant expiresAt) {}

    /** A new link for this purpose and account (none for the setup link); earlier unused ones stop working. */
    public Issued issue(LinkPurpose purpose, Account account, Instant now) {
        if (account == null) {
            entityManager
                    .createNamedQuery("OneTimeLink.retireSetup")
                    .setParameter("now", now.toEpochMilli())
                    .executeUpdate();
        } else {
            entityManager
                    .createNamedQuery("OneTimeLink.retireFor")
                    .setParameter("now", now.toEpochMilli())
                    .setParameter("purpose", purpose)
                    .setParameter("account", account)
                    .executeUpdate();
        }
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OneTimeLink link = new OneTimeLink(purpose, hash(token), account, now);
        entityManager.persist(link);
        return new Issued(token, link.getExpiresAt());
    }

    /** Whether a link for this purpose can be used now; a token for another purpose is as unknown as a made-up one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LinkState stateOf(String token, LinkPurpose purpose, Instant now) {
        return find(token)
                .filter(link -> link.getPurpose() == purpose)
                .map(link -> link.stateAt(now))
                .orElse(LinkState.UNKNOWN);
    }

    /** Uses the link, once: refused when it is unknown, expired or used, including by someone a moment before. */
    public OneTimeLink use(String token, LinkPurpose purpose, Instant now) {
        LinkState state = stateOf(token, purpose, now);
        if (state != LinkState.USABLE) {
            throw new UnusableLink(state);
        }
        OneTimeLink link = find(token).orElseThrow();
        int used = entityManager
                .createNamedQuery("OneTimeLink.use")
                .setParameter("now", now.toEpochMilli())
                .setParameter("id", link.getId())
                .executeUpdate();
        if (used != 1) {
            throw new UnusableLink(LinkState.USED);
        }
        return link;
    }

    private Optional<OneTimeLink> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery("OneTimeLink.byHash", OneTimeLink.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .findFirst();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
