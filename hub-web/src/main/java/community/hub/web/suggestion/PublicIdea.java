package community.hub.web.suggestion;

import community.hub.suggestion.Offer;
import community.hub.suggestion.Suggestion;
import community.hub.web.api.EnumJson;
import java.io.Serializable;
import java.util.List;

/**
 * An idea as anyone may see it (SPEC §4): never an email address, a reason for setting it aside or who recorded it.
 *
 * @param offeredBy the names of the organisations offering to run it
 */
public record PublicIdea(
        long id,
        String title,
        String description,
        List<String> audience,
        String whenSuits,
        String status,
        int supports,
        String answer,
        Long bookingId,
        List<String> offeredBy)
        implements Serializable {

    /** Who it is for, as a page says it: "families, over-55s". */
    public String audienceText() {
        return String.join(", ", audience);
    }

    public String offeredByText() {
        return String.join(", ", offeredBy);
    }

    public static PublicIdea of(Suggestion idea, List<Offer> offers) {
        return new PublicIdea(
                idea.getId(),
                idea.getTitle(),
                idea.getDescription(),
                List.copyOf(idea.getAudience()),
                idea.getWhenSuits(),
                EnumJson.name(idea.getStatus()),
                idea.getSupportCount(),
                idea.getAnswer(),
                idea.getBookingId(),
                offers == null
                        ? List.of()
                        : offers.stream()
                                .map(offer -> offer.getOrganisation().getName())
                                .toList());
    }
}
