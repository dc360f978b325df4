package community.hub.suggestion;

import community.hub.Refusal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Who an activity is for, in the tags the hub's activities use on What's on. */
public final class Audiences {

    /** The tags people may choose from, in the order pages show them. */
    public static final List<String> TAGS = List.of(
            "everyone",
            "families",
            "children 8-11",
            "young people 11-18",
            "adults",
            "adults looking for work",
            "over-55s");

    private Audiences() {}

    /** The chosen tags, each once and as the hub writes it; refused when one is not the hub's. */
    public static Set<String> chosen(Iterable<String> tags) {
        Set<String> chosen = new LinkedHashSet<>();
        if (tags == null) {
            return chosen;
        }
        for (String tag : tags) {
            String wanted = tag == null ? "" : tag.trim().toLowerCase(Locale.UK);
            String known = TAGS.stream()
                    .filter(wanted::equals)
                    .findFirst()
                    .orElseThrow(() -> Refusal.invalid(
                            "audience",
                            "suggestion.audience.unknown",
                            tag == null ? "" : tag.trim(),
                            String.join(", ", TAGS)));
            chosen.add(known);
        }
        return chosen;
    }
}
