package community.hub.calendar;

import community.hub.account.Account;
import community.hub.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key to one private feed. The token is 256 random bits; the database keeps its SHA-256 (to find the feed)
 * and the token sealed with the server's key (to show its owner the address again), never the token itself.
 */
@Entity
@Table(name = "feed_token")
public class FeedToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "feed_kind", nullable = false, length = 20)
    private FeedKind kind;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "token_sealed", nullable = false, length = 200)
    private String tokenSealed;

    @Column(name = "issued_at", nullable = false)
    private long issuedAt;

    @Version
    private long version;

    protected FeedToken() {
        // for JPA
    }

    FeedToken(Account account, FeedKind kind, FeedKey key, Instant now) {
        this.account = account;
        this.kind = kind;
        this.organisation = kind == FeedKind.ORGANISATION ? account.getOrganisation() : null;
        issue(key, now);
    }

    /** Revokes the current token and issues a new one: the old address stops working at once. */
    final void issue(FeedKey key, Instant now) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokenHash = hash(token);
        tokenSealed = key.seal(token);
        issuedAt = now.toEpochMilli();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    public String token(FeedKey key) {
        return key.open(tokenSealed);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public FeedKind getKind() {
        return kind;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Instant getIssuedAt() {
        return Instant.ofEpochMilli(issuedAt);
    }
}
