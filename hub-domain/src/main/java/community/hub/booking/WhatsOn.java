package community.hub.booking;

import community.hub.room.Room;
import community.hub.room.RoomFeature;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What residents narrow "what's on" to: kinds of activity, who it is for, and a feature the room must have
 * (step-free access, a hearing loop...). Every part is optional.
 */
public record WhatsOn(Set<ActivityType> types, String audience, RoomFeature feature) {

    /** Whether a booking's activity and audience are what was asked for; a feed of bookings filters this way. */
    public boolean includes(Booking booking) {
        return (types.isEmpty() || types.contains(booking.getActivity().getType()))
                && (audience == null
                        || audience.isBlank()
                        || booking.getAudience().stream()
                                .anyMatch(tag -> tag.toLowerCase(Locale.UK)
                                        .contains(audience.trim().toLowerCase(Locale.UK))));
    }

    /** Whether one date is what was asked for, in a room with the feature asked for. */
    public boolean includes(Occurrence occurrence) {
        return includes(occurrence.getBooking())
                && (feature == null || occurrence.getRoom().getFeatures().contains(feature));
    }

    /**
     * Whether the café, open to everyone on its open days, is what was asked for: a café is for all, so any choice of
     * audience leaves it out; in its room, when a room feature was asked for.
     */
    public boolean includesCafe(Room cafeRoom) {
        return (types.isEmpty() || types.contains(ActivityType.CAFE))
                && (audience == null || audience.isBlank())
                && (feature == null
                        || cafeRoom != null && cafeRoom.getFeatures().contains(feature));
    }

    public List<Occurrence> of(List<Occurrence> occurrences) {
        return occurrences.stream().filter(this::includes).toList();
    }
}
