package community.hub.web.suggestion;

import community.hub.suggestion.Offer;
import community.hub.suggestion.Suggestion;
import community.hub.web.api.EnumJson;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An idea as staff see it: everything the public sees ({@link PublicIdea}), and where it stands with staff, the suggester's address (for
 * staff only), the internal reason it was set aside, the idea it was merged into and the offers to run it.
 */
public record StaffIdea(
        long id,
        String title,
        String description,
        List<String> audience,
        String whenSuits,
        String status,
        int supports,
        String answer,
        Long bookingId,
        List<String> offeredBy,
        String review,
        String email,
        String setAsideReason,
        Long mergedInto,
        String recordedBy,
        Instant createdAt,
        List<OfferView> offers)
        implements Serializable {

    /** An organisation's offer to run the idea. */
    public record OfferView(long organisationId, String organisation, String note, String offeredBy, Instant offeredAt)
            implements Serializable {
        static OfferView of(Offer offer) {
            return new OfferView(
                    offer.getOrganisation().getId(),
                    offer.getOrganisation().getName(),
                    offer.getNote(),
                    offer.getOfferedBy(),
                    offer.getOfferedAt());
        }
    }

    public static StaffIdea of(Suggestion idea, List<Offer> offers) {
        List<Offer> made = offers == null ? List.of() : offers;
        PublicIdea seen = PublicIdea.of(idea, made);
        return new StaffIdea(
                seen.id(),
                seen.title(),
                seen.description(),
                seen.audience(),
                seen.whenSuits(),
                seen.status(),
                seen.supports(),
                seen.answer(),
                seen.bookingId(),
                seen.offeredBy(),
                EnumJson.name(idea.getReview()),
                idea.getSuggesterEmail(),
                idea.getSetAsideReason(),
                idea.getMergedInto(),
                idea.getRecordedBy(),
                idea.getCreatedAt(),
                made.stream().map(OfferView::of).toList());
    }
}
