package community.hub.booking;

import community.hub.room.RoomFeature;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What residents narrow "what's on" to: kinds of activity, who it is for, and a feature the room must have
 * (step-free access, a hearing loop...). Every part is optional.
 */
public record WhatsOn(Set<ActivityType> types, String audience, RoomFeature feature) {

    public static final WhatsOn EVERYTHING = new WhatsOn(Set.of(), null, null);

    public boolean includes(Occurrence occurrence) {
        Booking booking = occurrence.getBooking();
        return (types.isEmpty() || types.contains(booking.getType()))
                && (audience == null || audience.isBlank() || booking.getAudience().stream()
                        .anyMatch(tag -> tag.toLowerCase(Locale.UK).contains(audience.trim().toLowerCase(Locale.UK))))
                && (feature == null || occurrence.getRoom().getFeatures().contains(feature));
    }

    public List<Occurrence> of(List<Occurrence> occurrences) {
        return occurrences.stream().filter(this::includes).toList();
    }
}
