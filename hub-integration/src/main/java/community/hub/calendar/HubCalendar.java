package community.hub.calendar;

import community.hub.HubTime;
import community.hub.booking.Booking;
import community.hub.booking.BookingStatus;
import community.hub.booking.Occurrence;
import community.hub.booking.Recurrence;
import community.hub.booking.Visibility;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Builds a feed from bookings. Everything a feed says comes from the bookings and their change times, so the
 * same bookings always give the same bytes: a feed's ETag changes only when something in it changed.
 */
public final class HubCalendar {

    /** Cancelled bookings stay in feeds this long, so subscribed calendars learn they are off. */
    public static final Duration KEEP_CANCELLED = Duration.ofDays(30);

    private static final String PRODUCT = "-//Community Hub//Calendar feeds 1.0//EN";
    private static final Duration REFRESH = Duration.ofHours(1);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private static final String END = "END:VCALENDAR\r\n";

    private final Publisher publisher;
    private final String hubName;
    private final FeedWords words;
    private final EventTexts texts;
    /** What every event text here is written from besides its booking: the words' language and the publisher. */
    private final String writtenWith;

    /** Who publishes the feeds: the hub's name and contact email (ORGANIZER), and the installation its UIDs belong to. */
    public record Publisher(String hubName, String installationId, String contactEmail) {}

    /** A builder for this hub, naming places and activities in the given words. */
    public HubCalendar(Publisher publisher, FeedWords words) {
        this(publisher, words, EventTexts.none());
    }

    /** A builder that takes each booking's events from {@code texts} when written before from the same things. */
    public HubCalendar(Publisher publisher, FeedWords words, EventTexts texts) {
        this.publisher = publisher;
        this.hubName = publisher.hubName();
        this.words = words;
        this.texts = texts;
        this.writtenWith = words.language().toLanguageTag() + "|" + publisher;
    }

    /**
     * The feed as RFC 5545 text: CRLF line ends, lines folded at 73 octets. Folding is line by line, so the calendar's
     * own text with each booking's events written on their own in between is the very text of the whole.
     */
    public String build(FeedDescription feed, List<Booking> bookings, Instant now) {
        String calendar = text(calendar(feed));
        StringBuilder out = new StringBuilder(calendar.length() + bookings.size() * 800);
        out.append(calendar, 0, calendar.length() - END.length());
        bookings.stream()
                .filter(booking -> belongs(booking, feed.content(), now))
                .sorted((a, b) -> Long.compare(a.getId(), b.getId()))
                .forEach(booking -> out.append(eventText(booking, feed.content())));
        return out.append(END).toString();
    }

    private String eventText(Booking booking, FeedContent content) {
        boolean masked = masked(booking, content);
        return texts.of(EventTexts.key(writtenWith, booking, masked), () -> {
            StringWriter out = new StringWriter();
            try (FoldingWriter folding = new FoldingWriter(out, FoldingWriter.REDUCED_FOLD_LENGTH)) {
                for (VEvent event : events(booking, masked)) {
                    folding.write(event.toString());
                }
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            return out.toString();
        });
    }

    private static boolean masked(Booking booking, FeedContent content) {
        return content == FeedContent.ROOM && booking.getActivity().getVisibility() == Visibility.PRIVATE;
    }

    /**
     * Someone's own café shifts, stamped with the time the feed's content last changed ({@code changed}, never in the
     * future), so the same shifts give the same bytes.
     */
    public String buildShifts(FeedDescription feed, List<CalendarShift> shifts, Instant changed) {
        Calendar calendar = calendar(feed);
        for (CalendarShift shift : shifts) {
            ZonedDateTime start = LocalDateTime.of(shift.date(), shift.start()).atZone(HubTime.ZONE);
            VEvent event = new VEvent(
                    start, LocalDateTime.of(shift.date(), shift.end()).atZone(HubTime.ZONE), shift.summary());
            event.replace(new DtStamp(changed));
            event.add(new Uid(uid("shift-" + shift.key())));
            organizer().ifPresent(event::add);
            event.add(new Location(hubName));
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
            HubZones.use(event);
            calendar.add(event);
        }
        return text(calendar);
    }

    private Calendar calendar(FeedDescription feed) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new Name(feed.name()));
        calendar.add(new XProperty("X-WR-CALNAME", feed.name()));
        calendar.add(new XProperty("X-WR-CALDESC", feed.description()));
        calendar.add(new XProperty("X-WR-TIMEZONE", HubTime.ZONE.getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        calendar.add(HubZones.LONDON);
        return calendar;
    }

    private static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private static boolean belongs(Booking booking, FeedContent content, Instant now) {
        if (content == FeedContent.PUBLIC_ONLY && booking.getActivity().getVisibility() != Visibility.PUBLIC) {
            return false;
        }
        if (booking.getStatus().holdsRoom()) {
            return content != FeedContent.PUBLIC_ONLY || booking.getStatus() == BookingStatus.CONFIRMED;
        }
        boolean recentlyEnded = booking.getUpdatedAt().isAfter(now.minus(KEEP_CANCELLED));
        // a request called off before the hub confirmed it was never public
        return recentlyEnded
                && (content != FeedContent.PUBLIC_ONLY
                        || booking.getStatus() == BookingStatus.CANCELLED && booking.wasConfirmed());
    }

    private List<VEvent> events(Booking booking, boolean masked) {
        List<VEvent> events = new ArrayList<>();
        VEvent master = event(
                booking,
                masked,
                LocalDateTime.of(
                        booking.getSeries().getFirstDate(), booking.getSeries().getStartTime()),
                LocalDateTime.of(
                        booking.getSeries().getFirstDate(), booking.getSeries().getEndTime()),
                statusOf(booking.getStatus()));
        Recurrence rule = booking.getSeries().getRecurrence();
        if (rule != null) {
            master.add(new RRule<>(FeedRecurrence.rrule(rule, booking)));
            List<LocalDate> excluded = FeedRecurrence.excludedDates(booking, rule);
            if (!excluded.isEmpty()) {
                master.add(new ExDate<ZonedDateTime>(
                        HubZones.london(),
                        excluded.stream()
                                .map(date -> LOCAL.format(LocalDateTime.of(
                                        date, booking.getSeries().getStartTime())))
                                .collect(Collectors.joining(","))));
            }
            booking.getOccurrences().stream()
                    .filter(occurrence -> occurrence.isMoved() && !occurrence.isCancelled())
                    .forEach(moved -> events.add(override(booking, moved, masked)));
        } else if (booking.getOccurrences().stream().allMatch(Occurrence::isCancelled)) {
            master.replace(ImmutableStatus.VEVENT_CANCELLED);
        }
        events.add(0, master);
        events.forEach(HubZones::use);
        return events;
    }

    private VEvent override(Booking booking, Occurrence moved, boolean masked) {
        VEvent override = event(
                booking,
                masked,
                LocalDateTime.of(moved.getDate(), moved.getStart()),
                LocalDateTime.of(moved.getDate(), moved.getEnd()),
                statusOf(booking.getStatus()));
        override.add(new RecurrenceId<ZonedDateTime>(
                HubZones.london(),
                LOCAL.format(LocalDateTime.of(
                        moved.getSeriesDate(), booking.getSeries().getStartTime()))));
        if (!moved.getRoom().getId().equals(booking.getRoom().getId())) {
            override.replace(new Location(where(moved.getRoom().getName())));
        }
        return override;
    }

    private VEvent event(Booking booking, boolean masked, LocalDateTime start, LocalDateTime end, Status status) {
        VEvent event = new VEvent(
                start.atZone(HubTime.ZONE),
                end.atZone(HubTime.ZONE),
                masked ? words.roomInUse() : booking.getActivity().getTitle());
        event.replace(new DtStamp(booking.getUpdatedAt()));
        event.add(new Uid(uid("booking-" + booking.getId())));
        organizer().ifPresent(event::add);
        event.add(new Created(booking.getCreatedAt()));
        event.add(new LastModified(booking.getUpdatedAt()));
        event.add(new Sequence(booking.getSequence()));
        event.add(new Location(where(booking.getRoom().getName())));
        event.add(status);
        event.add(ImmutableTransp.OPAQUE);
        if (!masked) {
            event.add(new Categories(words.activity(booking.getActivity().getType())));
            String description = description(booking);
            if (!description.isEmpty()) {
                event.add(new Description(description));
            }
        }
        return event;
    }

    private String description(Booking booking) {
        List<String> parts = new ArrayList<>();
        if (booking.getActivity().getDescription() != null) {
            parts.add(booking.getActivity().getDescription());
        }
        Set<String> audience = booking.getAudience();
        if (!audience.isEmpty()) {
            parts.add(words.forWhom(String.join(", ", audience)));
        }
        return String.join("\n\n", parts);
    }

    /** A UID of this installation's own: the same booking in two hubs' feeds is two events. */
    private String uid(String local) {
        return local + "@" + publisher.installationId();
    }

    /** The hub as the organiser of what a METHOD:PUBLISH feed publishes, when the hub manager gave a contact email. */
    private Optional<Organizer> organizer() {
        String email = publisher.contactEmail();
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                new Organizer(new ParameterList(List.of(new Cn(hubName))), URI.create("mailto:" + email.trim())));
    }

    private String where(String room) {
        return room + ", " + hubName;
    }

    private static Status statusOf(BookingStatus status) {
        return switch (status) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case PENDING -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED, DECLINED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }
}
