package community.hub.suggestion;

import community.hub.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation's offer to run an idea, made by one of its members; staff see it when answering. */
@Entity
@Table(name = "suggestion_offer")
public class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "suggestion_id", nullable = false)
    private long suggestionId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(length = SuggestionRules.LONGEST_NOTE)
    private String note;

    @Column(name = "offered_by", nullable = false, length = 80)
    private String offeredBy;

    @Column(name = "offered_at", nullable = false)
    private long offeredAt;

    protected Offer() {
        // for JPA
    }

    Offer(long suggestionId, Organisation organisation, String note, String offeredBy, Instant now) {
        this.suggestionId = suggestionId;
        this.organisation = organisation;
        this.note = note;
        this.offeredBy = offeredBy;
        this.offeredAt = now.toEpochMilli();
    }

    public Long getId() {
        return id;
    }

    public long getSuggestionId() {
        return suggestionId;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getNote() {
        return note;
    }

    public String getOfferedBy() {
        return offeredBy;
    }

    public Instant getOfferedAt() {
        return Instant.ofEpochMilli(offeredAt);
    }
}
