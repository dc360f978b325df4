package community.hub.web.calendar;

import community.hub.Refusal;
import community.hub.booking.ActivityType;
import community.hub.booking.Booking;
import community.hub.booking.Bookings;
import community.hub.booking.BookingsChanged;
import community.hub.booking.WhatsOn;
import community.hub.calendar.CalendarShift;
import community.hub.calendar.EventTexts;
import community.hub.calendar.FeedContent;
import community.hub.calendar.FeedDescription;
import community.hub.calendar.FeedKind;
import community.hub.calendar.FeedService;
import community.hub.calendar.FeedToken;
import community.hub.calendar.FeedVersions;
import community.hub.calendar.FeedWords;
import community.hub.calendar.HubCalendar;
import community.hub.room.Room;
import community.hub.room.RoomService;
import community.hub.rota.store.SwapService;
import community.hub.settings.HubDetails;
import community.hub.settings.HubSettingsService;
import community.hub.web.Text;
import community.hub.web.language.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The hub's feeds, each built once and served from memory until a booking changes (or the day turns, which
 * retires cancelled bookings after thirty days). Asking "has anything changed?" is one indexed query.
 */
@ApplicationScoped
public class CalendarFeeds {

    /** A year's hub feed is about 1 MB plain; this holds the hub's, its filters', every room's and organisation's. */
    private static final long MOST_CACHED_BYTES = 32L * 1024 * 1024;
    /** Building a year's feed reads every booking in it: two at once fit the 256 MB heap beside everything else. */
    private static final int MOST_BUILDS_AT_ONCE = 2;

    private static final long PAST_DAYS = 30;

    @Inject
    private Bookings bookings;

    @Inject
    private RoomService rooms;

    @Inject
    private FeedService feedTokens;

    @Inject
    private SwapService swapService;

    @Inject
    private Clock clock;

    @Inject
    private HubSettingsService hubSettings;

    @Inject
    private FeedVersions versions;

    @Inject
    private FeedCounts counts;

    @Inject
    private FeedBookings feedBookings;

    /** Another instance's changes are noticed within this long; this instance's at once. */
    private static final long STAMP_TTL_MILLIS = 1_000;

    /** Another instance's change committed up to this long after a later one is still seen (ChangeStamp#newest). */
    private static final long SETTLING_MILLIS = 5_000;

    /**
     * Each booking's events as text, about 8 MB: a year's feed built again after a change writes only the changed
     * booking's events (measured in bench/README.md [9]).
     */
    private final EventTexts eventTexts = EventTexts.upTo(8L * 1024 * 1024);

    private final FeedCache cache = new FeedCache(MOST_CACHED_BYTES, MOST_BUILDS_AT_ONCE, () -> counts.cacheHit());
    /** A change to the hub's details (its name is in every feed) builds the feeds again, as a booking change does. */
    private final ChangeStamp stamp = new ChangeStamp(
            () -> ChangeStamp.newest(bookings.newestChange(), clock.millis(), SETTLING_MILLIS) + "|"
                    + LocalDate.now(clock) + "|" + hubSettings.details().version(),
            STAMP_TTL_MILLIS,
            System::currentTimeMillis);

    /** Every public activity, optionally only some types of activity or some audience. */
    public BuiltFeed hub(HubFeedAsked asked) {
        return cached(asked.key(), false, "hub.ics", () -> {
            WhatsOn filter = new WhatsOn(asked.types(), asked.audience(), null);
            List<Booking> chosen = feedBookings.of(new FeedBookings.Asked(null, null, true), since()).stream()
                    .filter(filter::includes)
                    .toList();
            Locale language = asked.language();
            String name = asked.types().isEmpty() && asked.audience() == null
                    ? Text.get(language, "feed.hub.name", hubName())
                    : Text.get(language, "feed.hub.name.filtered", hubName(), filterWords(asked, language));
            return new Contents(
                    new FeedDescription(name, Text.get(language, "feed.hub.description"), FeedContent.PUBLIC_ONLY),
                    chosen,
                    language);
        });
    }

    /** What a filtered hub feed holds, in words: "Youth work, Class; for young people". */
    private static String filterWords(HubFeedAsked asked, Locale language) {
        String types = asked.types().stream()
                .sorted()
                .map(type -> Text.get(language, "activityType." + type.name()))
                .collect(Collectors.joining(", "));
        String audience = asked.audience() == null ? "" : Text.get(language, "feed.forWhom", asked.audience());
        return types.isEmpty() || audience.isEmpty() ? types + audience : types + "; " + audience;
    }

    /**
     * The hub feed asked for, if it is built and nothing can have changed since: the stamp it was built under was
     * read from the database less than a second ago and no booking was committed here since. No database, no CDI.
     */
    Optional<BuiltFeed> currentHub(HubFeedAsked asked) {
        return stamp.ifCurrent().flatMap(current -> cache.ifPresent(asked.key(), current));
    }

    /** The hub feed from memory, for the calendar door. */
    public FeedsFromMemory fromMemory() {
        return new FeedsFromMemory(this::currentHub, counts);
    }

    /** One room's bookings, the private ones only as "Room in use", in the language asked for. */
    public Optional<BuiltFeed> room(String slug, Locale language) {
        Optional<Room> room = rooms.inUse().stream()
                .filter(candidate -> candidate.getSlug().equals(slug))
                .findFirst();
        return room.map(found -> cached(
                "room|" + found.getId() + "|" + language.toLanguageTag(),
                false,
                found.getSlug() + ".ics",
                () -> new Contents(
                        new FeedDescription(
                                Text.get(language, "feed.room.name", found.getName(), hubName()),
                                Text.get(language, "feed.room.description"),
                                FeedContent.ROOM),
                        feedBookings.of(new FeedBookings.Asked(found.getId(), null, false), since()),
                        language)));
    }

    /**
     * The private feed a token opens, or nothing for an unknown or replaced token; in the language of the account
     * the token was given to.
     */
    public Optional<BuiltFeed> personal(String token) {
        return feedTokens.byToken(token).map(feed -> {
            Locale language = feed.getAccount() == null
                    ? Languages.base()
                    : feed.getAccount()
                            .language()
                            .flatMap(chosen -> Languages.spoken(chosen.toLanguageTag()))
                            .orElse(Languages.base());
            return feed.getKind() == FeedKind.ORGANISATION
                    ? cached(
                            "organisation|" + feed.getOrganisation().getId() + "|" + language.toLanguageTag(),
                            true,
                            "bookings.ics",
                            () -> new Contents(
                                    new FeedDescription(
                                            Text.get(
                                                    language,
                                                    "feed.organisation.name",
                                                    feed.getOrganisation().getName()),
                                            Text.get(language, "feed.organisation.description"),
                                            FeedContent.FULL),
                                    feedBookings.of(
                                            new FeedBookings.Asked(
                                                    null, feed.getOrganisation().getId(), false),
                                            since()),
                                    language))
                    : shifts(feed, language);
        });
    }

    /**
     * A volunteer's own shifts in published weeks. Small, and changed by the rota rather than by bookings, so it is
     * built on every request; its ETag and Last-Modified (when its shifts last changed, kept in the database) still
     * spare clients the download when nothing changed. DTSTAMP is that time too: built once unstamped to tell.
     */
    private BuiltFeed shifts(FeedToken feed, Locale language) {
        List<CalendarShift> shifts;
        try {
            shifts = swapService.shiftsOf(feed.getAccount()).stream()
                    .map(held -> new CalendarShift(
                            held.getShift().getId() + "-"
                                    + held.getRole().name().toLowerCase(Locale.ROOT) + "-"
                                    + feed.getAccount().getId(),
                            held.getShift().getDate(),
                            held.getShift().getStart(),
                            held.getShift().getEnd(),
                            Text.get(language, "feed.shift", held.getRole().inWords(language))))
                    .toList();
        } catch (Refusal notOnTheTeam) {
            shifts = List.of();
        }
        FeedDescription description = new FeedDescription(
                Text.get(language, "feed.shifts.name"),
                Text.get(language, "feed.shifts.description"),
                FeedContent.FULL);
        HubCalendar calendars = calendars(language);
        String unstamped = calendars.buildShifts(description, shifts, Instant.EPOCH);
        Instant lastModified =
                versions.lastModified("shifts|" + feed.getId(), BuiltFeed.etagOf(unstamped), clock.instant());
        return BuiltFeed.of(calendars.buildShifts(description, shifts, lastModified), lastModified, "shifts.ics", true);
    }

    private String hubName() {
        return hubSettings.details().name();
    }

    /** Feeds written with the hub's name and contact as they are now, with this installation's UIDs, in a language. */
    private HubCalendar calendars(Locale language) {
        HubDetails hub = hubSettings.details();
        return new HubCalendar(
                new HubCalendar.Publisher(hub.name(), versions.installationId(), hub.contactEmail()),
                new BundleWords(language),
                eventTexts);
    }

    /** A booking was committed here: the next request asks the database what changed. */
    void bookingsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingsChanged change) {
        stamp.changed();
    }

    private BuiltFeed cached(String key, boolean personal, String fileName, Supplier<Contents> contents) {
        return cache.get(key, stamp.read(), () -> {
            Contents wanted = contents.get();
            Instant newest = wanted.bookings().stream()
                    .map(Booking::getUpdatedAt)
                    .max(Comparator.naturalOrder())
                    .orElse(clock.instant());
            String text = calendars(wanted.language()).build(wanted.description(), wanted.bookings(), clock.instant());
            Instant lastModified = versions.lastModified(
                    key.length() <= 200 ? key : key.substring(0, 160) + "|" + key.hashCode(),
                    BuiltFeed.etagOf(text),
                    newest);
            return BuiltFeed.of(text, lastModified, fileName, personal);
        });
    }

    private Instant since() {
        return clock.instant().minusSeconds(PAST_DAYS * 86_400);
    }

    private record Contents(FeedDescription description, List<Booking> bookings, Locale language) {}

    /** The words feeds use, from the text bundle of the feed's language. */
    private record BundleWords(Locale language) implements FeedWords {
        @Override
        public String roomInUse() {
            return Text.get(language, "feed.roomInUse");
        }

        @Override
        public String activity(ActivityType type) {
            return Text.get(language, "activityType." + type.name());
        }

        @Override
        public String forWhom(String audience) {
            return Text.get(language, "feed.forWhom", audience);
        }
    }
}
