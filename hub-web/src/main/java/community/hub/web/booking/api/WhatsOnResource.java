package community.hub.web.booking.api;

import community.hub.ShownDays;
import community.hub.booking.ActivityType;
import community.hub.booking.DatesHoldingRooms;
import community.hub.booking.Occurrence;
import community.hub.booking.WhatsOn;
import community.hub.web.api.EnumJson;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Public activities for anyone: no login, no private booking ever. */
@Path("whats-on")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class WhatsOnResource {

    @Inject
    private DatesHoldingRooms holding;

    @Inject
    private ShownDays shownDays;

    /** One public activity on one date, with its room and the room's accessibility features. */
    public record Activity(
            LocalDate date,
            LocalDateTime start,
            LocalDateTime end,
            long bookingId,
            String title,
            String type,
            String description,
            List<String> audience,
            Place room,
            boolean suggestedByResidents) {
        static Activity of(Occurrence occurrence) {
            var booking = occurrence.getBooking();
            return new Activity(
                    occurrence.getDate(),
                    LocalDateTime.of(occurrence.getDate(), occurrence.getStart()),
                    LocalDateTime.of(occurrence.getDate(), occurrence.getEnd()),
                    booking.getId(),
                    booking.getActivity().getTitle(),
                    EnumJson.name(booking.getActivity().getType()),
                    booking.getActivity().getDescription(),
                    List.copyOf(booking.getAudience()),
                    Place.of(occurrence),
                    booking.getActivity().isSuggestedByResidents());
        }
    }

    /** Where an activity happens. */
    public record Place(long id, String slug, String name, List<String> accessibilityFeatures) {
        static Place of(Occurrence occurrence) {
            var room = occurrence.getRoom();
            return new Place(
                    room.getId(),
                    room.getSlug(),
                    room.getName(),
                    room.accessibilityFeatures().stream().map(EnumJson::name).toList());
        }
    }

    @GET
    @PermitAll
    public List<Activity> between(
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("type") String type,
            @QueryParam("audience") String audience) {
        ShownDays.Days days = shownDays.whatsOn(from, to);
        WhatsOn filter = new WhatsOn(types(type), audience, null);
        return filter.of(holding.publicBetween(days.start(), days.finish())).stream()
                .map(Activity::of)
                .toList();
    }

    private static Set<ActivityType> types(String parameter) {
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        if (parameter == null || parameter.isBlank()) {
            return types;
        }
        EnumJson.ActivityTypes names = new EnumJson.ActivityTypes();
        Arrays.stream(parameter.split(",")).map(names::adaptFromJson).forEach(types::add);
        return types;
    }
}
