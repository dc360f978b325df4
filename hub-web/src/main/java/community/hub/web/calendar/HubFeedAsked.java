package community.hub.web.calendar;

import community.hub.booking.ActivityType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which hub feed a request asks for: some activity types (none means every type) and perhaps one audience, read from
 * {@code ?type=} and {@code ?audience=}. Two requests asking for the same feed get the same {@link #key()}.
 */
record HubFeedAsked(Set<ActivityType> types, String audience) {

    /** The whole hub feed, which nearly every request asks for: made once, like its key. */
    private static final Optional<HubFeedAsked> EVERYTHING = Optional.of(new HubFeedAsked(Set.of(), null));
    private static final String EVERYTHING_KEY = key(Set.of(), null);

    HubFeedAsked {
        types = Set.copyOf(types);
    }

    /** The feed asked for, or nothing when a type is unknown; empty items and a blank audience are left out. */
    static Optional<HubFeedAsked> of(String typeParameter, String audienceParameter) {
        String audience = audienceParameter == null || audienceParameter.isBlank() ? null : audienceParameter.trim();
        if (audience == null && (typeParameter == null || typeParameter.isBlank())) {
            return EVERYTHING;
        }
        return types(typeParameter).map(types -> new HubFeedAsked(types, audience));
    }

    /** Where the built feed is kept. */
    String key() {
        return types.isEmpty() && audience == null ? EVERYTHING_KEY : key(types, audience);
    }

    private static String key(Set<ActivityType> types, String audience) {
        return "hub|" + types.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "|" + audience;
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
                    .filter(candidate -> candidate.name().equalsIgnoreCase(name.trim())).findFirst();
            if (type.isEmpty()) {
                return Optional.empty();
            }
            types.add(type.get());
        }
        return Optional.of(types);
    }
}
