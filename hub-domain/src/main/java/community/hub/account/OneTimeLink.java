package community.hub.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A link sent or shown once (to set the hub up, reset a password, accept an invitation). Only the SHA-256 of its
 * random token is kept, so what is stored cannot be used as a link. It can be used once, until it expires.
 */
@Entity
@Table(name = "one_time_link")
@NamedQuery(name = "OneTimeLink.byHash", query = "select l from OneTimeLink l where l.tokenHash = :hash")
@NamedQuery(
        name = "OneTimeLink.use",
        query = "update OneTimeLink l set l.usedAt = :now where l.id = :id and l.usedAt is null")
@NamedQuery(
        name = "OneTimeLink.retireSetup",
        query = "update OneTimeLink l set l.usedAt = :now "
                + "where l.purpose = community.hub.account.LinkPurpose.SETUP and l.usedAt is null")
@NamedQuery(
        name = "OneTimeLink.retireFor",
        query = "update OneTimeLink l set l.usedAt = :now "
                + "where l.purpose = :purpose and l.account = :account and l.usedAt is null")
public class OneTimeLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "expires_at", nullable = false)
    private long expiresAt;

    @Column(name = "used_at")
    private Long usedAt;

    protected OneTimeLink() {
        // for JPA
    }

    OneTimeLink(LinkPurpose purpose, String tokenHash, Account account, Instant now) {
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.account = account;
        this.createdAt = now.toEpochMilli();
        this.expiresAt = now.plus(purpose.validFor()).toEpochMilli();
    }

    /** Whether it can be used now. */
    public LinkState stateAt(Instant now) {
        if (usedAt != null) {
            return LinkState.USED;
        }
        return now.toEpochMilli() >= expiresAt ? LinkState.EXPIRED : LinkState.USABLE;
    }

    public Long getId() {
        return id;
    }

    public LinkPurpose getPurpose() {
        return purpose;
    }

    /** Whose link it is; none for the setup link. */
    public Account getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return Instant.ofEpochMilli(expiresAt);
    }
}
