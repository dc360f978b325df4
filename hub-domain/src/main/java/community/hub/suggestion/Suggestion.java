package community.hub.suggestion;

import community.hub.Refusal;
import community.hub.Words;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An activity a resident would like at the hub. Staff check it before anyone else sees it; once published it gathers
 * supports and the hub answers it in public. The suggester's address is kept only until the idea is closed plus
 * 90 days, or until they ask to be forgotten; it is never shown to anyone but staff.
 */
@Entity
@Table(name = "suggestion")
public class Suggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = SuggestionRules.LONGEST_TITLE)
    private String title;

    @Column(length = SuggestionRules.LONGEST_DESCRIPTION)
    private String description;

    /** The audience tags, separated by "|". */
    @Column(length = 400)
    private String audience;

    @Column(name = "when_suits", length = SuggestionRules.LONGEST_WHEN_SUITS)
    private String whenSuits;

    @Column(name = "suggester_email", length = SuggestionRules.LONGEST_EMAIL)
    private String suggesterEmail;

    /**
     * The token of the "forget my address" link in the suggester's emails. Kept as it is (not hashed) because every
     * later email carries it again; all it can do is remove the address, which is what its holder may ask.
     */
    @Column(name = "forget_token", length = 64)
    private String forgetToken;

    /** The language the suggester wrote in (a language tag), which the hub's emails to them speak; none: the base. */
    @Column(length = 35)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Review review;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SuggestionStatus status;

    @Column(length = SuggestionRules.LONGEST_ANSWER)
    private String answer;

    @Column(name = "set_aside_reason", length = SuggestionRules.LONGEST_REASON)
    private String setAsideReason;

    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "booking_id")
    private Long bookingId;

    /** The member of staff who recorded it for someone who asked in person; none when a resident sent it. */
    @Column(name = "recorded_by", length = 80)
    private String recordedBy;

    @Column(name = "support_count", nullable = false)
    private int supportCount;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "published_at")
    private Long publishedAt;

    @Column(name = "answered_at")
    private Long answeredAt;

    @Column(name = "closed_at")
    private Long closedAt;

    @Version
    private long version;

    protected Suggestion() {
        // for JPA
    }

    /** A new idea, waiting for staff to check it. */
    public Suggestion(IdeaDetails details, String suggesterEmail, String forgetToken, String recordedBy, Instant now) {
        this.title = details.title();
        this.description = details.description();
        this.audience = details.audience().isEmpty() ? null : String.join("|", details.audience());
        this.whenSuits = details.whenSuits();
        this.suggesterEmail = suggesterEmail;
        this.forgetToken = suggesterEmail == null ? null : forgetToken;
        this.recordedBy = recordedBy;
        this.review = Review.WAITING;
        this.status = SuggestionStatus.NEW;
        this.createdAt = now.toEpochMilli();
    }

    /** Shows it to everyone; an idea set aside may be published after all. */
    public void publish(Instant now) {
        if (review == Review.PUBLISHED || review == Review.MERGED) {
            throw Refusal.conflict(null, "suggestion.review." + review.name().toLowerCase());
        }
        review = Review.PUBLISHED;
        publishedAt = now.toEpochMilli();
    }

    /** Keeps it out of public view, with a reason for staff only. Its addresses go 90 days later. */
    public void setAside(String reason, Instant now) {
        if (review == Review.MERGED) {
            throw Refusal.conflict(null, "suggestion.review.merged");
        }
        review = Review.SET_ASIDE;
        setAsideReason = reason;
        closedAt = now.toEpochMilli();
    }

    /** The same idea as another, which takes on its supports; this one leaves public view. */
    void mergeInto(Suggestion other, Instant now) {
        if (other.id.equals(id)) {
            throw Refusal.invalid("into", "suggestion.merge.itself");
        }
        if (review == Review.MERGED) {
            throw Refusal.conflict(null, "suggestion.review.merged");
        }
        if (other.review == Review.MERGED || other.review == Review.SET_ASIDE) {
            throw Refusal.invalid("into", "suggestion.merge.notOpen");
        }
        review = Review.MERGED;
        mergedInto = other.id;
        closedAt = now.toEpochMilli();
        other.supportCount += supportCount;
    }

    /** The hub's answer, in public. Answering "happening" or "not possible" closes the idea. */
    public void answer(SuggestionStatus newStatus, String text, Instant now) {
        if (review != Review.PUBLISHED) {
            throw Refusal.conflict("status", "suggestion.answer.notPublished");
        }
        if (newStatus == null || !newStatus.isAnAnswer()) {
            throw Refusal.invalid("status", "suggestion.answer.status");
        }
        status = newStatus;
        answer = text;
        answeredAt = now.toEpochMilli();
        closedAt = newStatus.isClosed() ? now.toEpochMilli() : null;
    }

    /** A booking now carries the idea out: it is happening. */
    void becameBooking(long newBookingId, Instant now) {
        bookingId = newBookingId;
        if (status != SuggestionStatus.HAPPENING) {
            status = SuggestionStatus.HAPPENING;
            answeredAt = now.toEpochMilli();
        }
        closedAt = now.toEpochMilli();
    }

    /** Whether residents can still add their support. */
    public boolean isOpenForSupport() {
        return review == Review.PUBLISHED && !status.isClosed();
    }

    /** Whether anyone may see it. */
    public boolean isPublic() {
        return review == Review.PUBLISHED;
    }

    void counted(int people) {
        supportCount += people;
    }

    /** Until when its addresses may be kept; none while it is open. */
    public Optional<Instant> addressesKeptUntil() {
        return closedAt == null
                ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(closedAt).plus(SuggestionRules.ADDRESSES_KEPT_AFTER_CLOSING));
    }

    void forgetAddress() {
        suggesterEmail = null;
        forgetToken = null;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Set<String> getAudience() {
        return audience == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(audience.split("\\|")));
    }

    public String getWhenSuits() {
        return whenSuits;
    }

    /** The suggester's address: for staff and the hub's emails only, never shown to the public. */
    public String getSuggesterEmail() {
        return suggesterEmail;
    }

    public String getForgetToken() {
        return forgetToken;
    }

    /** The language the emails to the suggester speak: the one they suggested it in, else the base language. */
    public Locale language() {
        return language == null ? Words.BASE_LANGUAGE : Locale.forLanguageTag(language);
    }

    /** Remembers the language the suggester wrote in, for the emails to come. */
    void writtenIn(Locale spoken) {
        language = spoken == null ? null : spoken.toLanguageTag();
    }

    public Review getReview() {
        return review;
    }

    public SuggestionStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public String getSetAsideReason() {
        return setAsideReason;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public int getSupportCount() {
        return supportCount;
    }

    public Instant getCreatedAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    public Instant getPublishedAt() {
        return publishedAt == null ? null : Instant.ofEpochMilli(publishedAt);
    }

    public Instant getAnsweredAt() {
        return answeredAt == null ? null : Instant.ofEpochMilli(answeredAt);
    }

    public Instant getClosedAt() {
        return closedAt == null ? null : Instant.ofEpochMilli(closedAt);
    }
}
