package community.hub.calendar;

import community.hub.booking.ActivityType;
import java.util.Locale;

/** The words a feed uses that are not the bookings' own: in the hub's language. */
public interface FeedWords {

    String roomInUse();

    String activity(ActivityType type);

    String forWhom(String audience);

    /** The language the words are in. */
    Locale language();

    /** Plain English, for tests and tools that have no text bundle to hand. */
    static FeedWords english() {
        return new FeedWords() {
            @Override
            public String roomInUse() {
                return "Room in use";
            }

            @Override
            public String activity(ActivityType type) {
                String name = type.name().replace('_', ' ').toLowerCase(Locale.UK);
                return Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }

            @Override
            public String forWhom(String audience) {
                return "For: " + audience;
            }

            @Override
            public Locale language() {
                return Locale.UK;
            }
        };
    }
}
