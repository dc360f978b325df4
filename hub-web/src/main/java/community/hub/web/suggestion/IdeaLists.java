package community.hub.web.suggestion;

import community.hub.Refusal;
import community.hub.suggestion.IdeaOrder;
import community.hub.suggestion.Offer;
import community.hub.suggestion.Review;
import community.hub.suggestion.Suggestion;
import community.hub.suggestion.SuggestionStatus;
import community.hub.suggestion.Suggestions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lists of ideas as each reader may see them, from a status and an order as people write them ({@code new},
 * {@code not_possible}; {@code support}, {@code newest}). The public sees published ideas only. For staff
 * {@code new} is the queue waiting to be checked, and they may also ask for {@code published}, {@code set_aside} or
 * {@code merged}.
 */
@ApplicationScoped
public class IdeaLists {

    private static final List<String> STAFF_ONLY = List.of("published", "set_aside", "merged");

    @Inject
    private Suggestions suggestions;

    /** Published ideas, of one status or all, in the order asked. */
    public List<PublicIdea> forPublic(String status, String sort) {
        List<Suggestion> found = suggestions.published(publicStatus(status), order(sort));
        Map<Long, List<Offer>> offers =
                suggestions.offers(found.stream().map(Suggestion::getId).toList());
        return found.stream()
                .map(idea -> PublicIdea.of(idea, offers.get(idea.getId())))
                .toList();
    }

    /** "You said, we did": the ideas the hub has answered, latest first. */
    public List<PublicIdea> answered(int most) {
        List<Suggestion> found = suggestions.answered(most);
        Map<Long, List<Offer>> offers =
                suggestions.offers(found.stream().map(Suggestion::getId).toList());
        return found.stream()
                .map(idea -> PublicIdea.of(idea, offers.get(idea.getId())))
                .toList();
    }

    /**
     * Every idea a member of staff asked for (the queue with {@code new}, all of them with nothing) in the order asked;
     * with none, the queue oldest first and other lists newest first, published ones of a status most supported first.
     */
    public List<StaffIdea> forStaff(String status, String sort) {
        String wanted =
                status == null || status.isBlank() ? null : status.trim().toLowerCase(Locale.ROOT);
        IdeaOrder order = sort == null || sort.isBlank() ? null : order(sort);
        List<Suggestion> found;
        if (wanted == null) {
            found = suggestions.forStaff(null, order);
        } else if (wanted.equals("new")) {
            found = suggestions.forStaff(Review.WAITING, order);
        } else if (STAFF_ONLY.contains(wanted)) {
            found = suggestions.forStaff(Review.valueOf(wanted.toUpperCase(Locale.ROOT)), order);
        } else {
            found = suggestions.published(publicStatus(wanted), order == null ? IdeaOrder.SUPPORT : order);
        }
        Map<Long, List<Offer>> offers =
                suggestions.offers(found.stream().map(Suggestion::getId).toList());
        return found.stream()
                .map(idea -> StaffIdea.of(idea, offers.get(idea.getId())))
                .toList();
    }

    public StaffIdea forStaff(long id) {
        return StaffIdea.of(
                suggestions.byId(id), suggestions.offers(List.of(id)).get(id));
    }

    public PublicIdea forPublic(long id) {
        return PublicIdea.of(
                suggestions.publicById(id), suggestions.offers(List.of(id)).get(id));
    }

    /** A status as people write it, or none for every status; refused when it is not one. */
    public static SuggestionStatus publicStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String wanted = status.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(SuggestionStatus.values())
                .filter(known -> known.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElseThrow(() -> Refusal.invalid(
                        "status",
                        "suggestion.status.unknown",
                        status.trim(),
                        Arrays.stream(SuggestionStatus.values())
                                .map(known -> known.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
    }

    public static IdeaOrder order(String sort) {
        if (sort == null || sort.isBlank()) {
            return IdeaOrder.SUPPORT;
        }
        return Arrays.stream(IdeaOrder.values())
                .filter(order -> order.name().equalsIgnoreCase(sort.trim()))
                .findFirst()
                .orElseThrow(() -> Refusal.invalid("sort", "suggestion.sort.unknown", sort.trim()));
    }
}
