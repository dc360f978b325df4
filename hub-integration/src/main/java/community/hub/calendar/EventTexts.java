package community.hub.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import community.hub.booking.Booking;
import java.util.function.Supplier;

/**
 * Each booking's events as feed text, remembered between builds. A year's feed built again after one booking changed
 * writes that booking's events anew and copies the rest, so rebuilding it costs about the same however much else the
 * hub holds. Text is found by everything it is written from (see {@link HubCalendar}): a changed booking, a renamed
 * room or other words are simply not found, and written again.
 */
public final class EventTexts {

    private final Cache<String, String> texts;

    private EventTexts(Cache<String, String> texts) {
        this.texts = texts;
    }

    /** Remembers up to about {@code mostChars} characters of text (keys included), the least used going first. */
    public static EventTexts upTo(long mostChars) {
        return new EventTexts(Caffeine.newBuilder()
                .maximumWeight(mostChars)
                .<String, String>weigher((key, text) -> key.length() + text.length())
                .build());
    }

    /** Remembers nothing: every text is written when asked for. */
    public static EventTexts none() {
        return new EventTexts(null);
    }

    /**
     * What a booking's events are written from: the words' language and the publisher ({@code writtenWith}), the
     * booking as it is after its latest change (every change counts up its sequence), whether it is masked, and the
     * names of its rooms.
     */
    static String key(String writtenWith, Booking booking, boolean masked) {
        StringBuilder key = new StringBuilder(writtenWith)
                .append('|')
                .append(booking.getId())
                .append('|')
                .append(booking.getSequence())
                .append('|')
                .append(booking.getUpdatedAt().toEpochMilli())
                .append('|')
                .append(masked)
                .append('|')
                .append(booking.getRoom().getName());
        // a date moved to another room names it (asking whether a date moved would read its booking again)
        booking.getOccurrences().stream()
                .filter(occurrence ->
                        !occurrence.getRoom().getId().equals(booking.getRoom().getId()))
                .forEach(elsewhere -> key.append('|').append(elsewhere.getRoom().getName()));
        return key.toString();
    }

    String of(String key, Supplier<String> write) {
        return texts == null ? write.get() : texts.get(key, ignored -> write.get());
    }
}
