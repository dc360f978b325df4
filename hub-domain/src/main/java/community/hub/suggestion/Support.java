package community.hub.suggestion;

import community.hub.Refusal;
import community.hub.Words;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * Support for an idea: one resident's, counted once their address is confirmed by the link sent to it; or people
 * who backed it in person, counted by staff. Only the SHA-256 of the confirmation token is kept.
 */
@Entity
@Table(name = "suggestion_support")
@NamedQuery(
        name = "Support.byKey",
        query = "select s from Support s where s.suggestion = :suggestion and s.addressKey = :key")
@NamedQuery(name = "Support.byConfirmation", query = "select s from Support s where s.confirmTokenHash = :hash")
@NamedQuery(
        name = "Support.askedSince",
        query = "select count(s) from Support s where s.email = :email and s.askedAt >= :since")
@NamedQuery(
        name = "Support.toTell",
        query = "select s from Support s where s.suggestion = :suggestion "
                + "and s.confirmedAt is not null and s.email is not null and s.toldHappeningAt is null order by s.id")
@NamedQuery(name = "Support.ofIdea", query = "select s from Support s where s.suggestion = :suggestion order by s.id")
public class Support {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "suggestion_id")
    private Suggestion suggestion;

    @Column(length = SuggestionRules.LONGEST_EMAIL)
    private String email;

    @Column(name = "address_key", length = 64)
    private String addressKey;

    @Column(name = "confirm_token_hash", length = 64)
    private String confirmTokenHash;

    /** As on {@link Suggestion}: kept as it is, for every email to this supporter to carry. */
    @Column(name = "forget_token", length = 64)
    private String forgetToken;

    @Column(nullable = false)
    private int people;

    /** The language the supporter asked in, which the hub's emails to them speak; none: the base. */
    @Column(length = 35)
    private String language;

    @Column(name = "recorded_by", length = 80)
    private String recordedBy;

    @Column(name = "asked_at", nullable = false)
    private long askedAt;

    @Column(name = "confirmed_at")
    private Long confirmedAt;

    @Column(name = "told_happening_at")
    private Long toldHappeningAt;

    protected Support() {
        // for JPA
    }

    private Support(Suggestion suggestion, int people, Instant now) {
        this.suggestion = suggestion;
        this.people = people;
        this.askedAt = now.toEpochMilli();
    }

    /** A resident's support, waiting for its address to be confirmed. */
    static Support byAddress(
            Suggestion suggestion,
            String address,
            Locale spoken,
            String confirmTokenHash,
            String forgetToken,
            Instant now) {
        Support support = new Support(suggestion, 1, now);
        support.email = address;
        support.language = spoken == null ? null : spoken.toLanguageTag();
        support.addressKey = SuggestionRules.addressKey(suggestion.getId(), address);
        support.confirmTokenHash = confirmTokenHash;
        support.forgetToken = forgetToken;
        return support;
    }

    /** People who backed the idea in person, counted at once. */
    static Support inPerson(Suggestion suggestion, int people, String recordedBy, Instant now) {
        if (people < 1 || people > SuggestionRules.MOST_IN_PERSON) {
            throw Refusal.invalid("people", "suggestion.people.range", SuggestionRules.MOST_IN_PERSON);
        }
        Support support = new Support(suggestion, people, now);
        support.recordedBy = recordedBy;
        support.confirmedAt = now.toEpochMilli();
        suggestion.counted(people);
        return support;
    }

    /** Asked again before confirming: a new link, the earlier one no longer works. */
    void askedAgain(Locale spoken, String newConfirmTokenHash, Instant now) {
        language = spoken == null ? language : spoken.toLanguageTag();
        confirmTokenHash = newConfirmTokenHash;
        askedAt = now.toEpochMilli();
    }

    /** The address is confirmed: the support counts, once. */
    void confirm(Instant now) {
        if (confirmedAt != null) {
            throw Refusal.conflict("token", "suggestion.confirm.used");
        }
        if (now.isAfter(Instant.ofEpochMilli(askedAt).plus(SuggestionRules.CONFIRMATION_WORKS_FOR))) {
            throw Refusal.invalid("token", "suggestion.confirm.expired");
        }
        if (!suggestion.isOpenForSupport()) {
            throw Refusal.conflict("token", "suggestion.support.closed");
        }
        confirmedAt = now.toEpochMilli();
        suggestion.counted(people);
    }

    void toldHappening(Instant now) {
        toldHappeningAt = now.toEpochMilli();
    }

    void forgetAddress() {
        email = null;
        addressKey = null;
        forgetToken = null;
    }

    public Long getId() {
        return id;
    }

    public Suggestion getSuggestion() {
        return suggestion;
    }

    public String getEmail() {
        return email;
    }

    public String getForgetToken() {
        return forgetToken;
    }

    /** The language the emails to the supporter speak: the one they asked in, else the base language. */
    public Locale language() {
        return language == null ? Words.BASE_LANGUAGE : Locale.forLanguageTag(language);
    }

    public int getPeople() {
        return people;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public boolean isInPerson() {
        return recordedBy != null;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getAskedAt() {
        return Instant.ofEpochMilli(askedAt);
    }
}
