package community.hub.calendar;

/** What a feed is called in calendar apps and what it says about itself. */
public record FeedDescription(String name, String description, FeedContent content) {}
