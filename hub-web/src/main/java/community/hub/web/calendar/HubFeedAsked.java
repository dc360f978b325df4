package community.hub.web.calendar;

import community.hub.booking.ActivityType;
import community.hub.web.language.Languages;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which hub feed a request asks for: some activity types (none means every type) and perhaps one audience, read from
 * {@code ?type=} and {@code ?audience=}. Two requests asking for the same feed get the same {@link #key()}.
 */
record HubFeedAsked(Set<ActivityType> types, String audience, Locale language) {

    /** The whole hub feed, which nearly every request asks for: made once, like its key. */
    private static final Optional<HubFeedAsked> EVERYTHING =
            Optional.of(new HubFeedAsked(Set.of(), null, Languages.base()));

    private static final String EVERYTHING_KEY = key(Set.of(), null, Languages.base());

    HubFeedAsked {
        types = Set.copyOf(types);
    }

    /**
     * The feed asked for, or nothing when a type is unknown; empty items and a blank audience are left out. Its names
     * are in the language of {@code ?lang=} when the hub speaks it, else in the base language.
     */
    static Optional<HubFeedAsked> of(String typeParameter, String audienceParameter, String languageParameter) {
        String audience = audienceParameter == null || audienceParameter.isBlank() ? null : audienceParameter.trim();
        Locale language = Languages.spoken(languageParameter).orElse(Languages.base());
        if (audience == null
                && (typeParameter == null || typeParameter.isBlank())
                && language.equals(Languages.base())) {
            return EVERYTHING;
        }
        return types(typeParameter).map(types -> new HubFeedAsked(types, audience, language));
    }

    /** Where the built feed is kept. */
    String key() {
        return types.isEmpty() && audience == null && language.equals(Languages.base())
                ? EVERYTHING_KEY
                : key(types, audience, language);
    }

    private static String key(Set<ActivityType> types, String audience, Locale language) {
        return "hub|" + types.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "|" + audience + "|"
                + language.toLanguageTag();
    }

    private static Optional<Set<ActivityType>> types(String parameter) {
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        if (parameter == null || parameter.isBlank()) {
            return Optional.of(types);
        }
        for (String name : parameter.split(",")) {
            if (name.isBlank()) {
                continue; // "class,,youth_work" or a trailing comma: a slip of the keyboard, not an unknown type
            }
            Optional<ActivityType> type = Arrays.stream(ActivityType.values())
                    .filter(candidate -> candidate.name().equalsIgnoreCase(name.trim()))
                    .findFirst();
            if (type.isEmpty()) {
                return Optional.empty();
            }
            types.add(type.get());
        }
        return Optional.of(types);
    }
}
