package community.hub.web.calendar;

import community.hub.calendar.FeedKind;
import community.hub.calendar.FeedService;
import community.hub.calendar.FeedToken;
import community.hub.web.Text;
import java.net.URI;
import java.util.Locale;

/** One of the caller's private feeds with its name and the ways to subscribe to it, for the API and the pages alike. */
public record PrivateFeed(FeedToken feed, String name, SubscribeLinks links) {

    /** The feed as it is reached from the hub's root address (e.g. {@code https://hub.example/}), named in a language. */
    public static PrivateFeed of(FeedToken feed, FeedService feeds, URI hubRoot, Locale language) {
        URI address = hubRoot.resolve("calendar/feeds/" + feeds.tokenOf(feed) + ".ics");
        String name = feed.getKind() == FeedKind.ORGANISATION
                ? Text.get(
                        language,
                        "feed.organisation.name",
                        feed.getOrganisation().getName())
                : Text.get(language, "feed.shifts.name");
        return new PrivateFeed(feed, name, SubscribeLinks.of(address, name));
    }

    public String getName() {
        return name;
    }

    public SubscribeLinks getLinks() {
        return links;
    }

    public long getId() {
        return feed.getId();
    }
}
