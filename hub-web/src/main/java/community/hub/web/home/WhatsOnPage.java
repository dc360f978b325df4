package community.hub.web.home;

import community.hub.Refusal;
import community.hub.ShownDays;
import community.hub.booking.ActivityType;
import community.hub.booking.DatesHoldingRooms;
import community.hub.booking.Occurrence;
import community.hub.booking.WhatsOn;
import community.hub.room.Room;
import community.hub.room.RoomFeature;
import community.hub.room.RoomService;
import community.hub.rota.CafeHours;
import community.hub.rota.store.CafeEventService;
import community.hub.rota.store.CafeOpening;
import community.hub.settings.HubSettingsService;
import community.hub.web.Text;
import community.hub.web.calendar.SubscribeLinks;
import community.hub.web.language.Formats;
import community.hub.web.language.Languages;
import community.hub.web.setup.HubAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What's on this week and next, by day, for residents: filtered by activity, audience and room feature. */
@Named
@RequestScoped
public class WhatsOnPage {

    @Inject
    private DatesHoldingRooms holding;

    @Inject
    private ShownDays shownDays;

    @Inject
    private ExternalContext external;

    @Inject
    private HubAddress address;

    @Inject
    private HubSettingsService hubSettings;

    @Inject
    private CafeOpening cafeOpening;

    @Inject
    private RoomService rooms;

    private String type;
    private String audience;
    private String feature;
    private Map<LocalDate, List<Occurrence>> days;
    private Map<LocalDate, CafeHours> cafe;
    private Set<String> audiences;

    /** One day of activities, and the café's hours when it is open. */
    public record Day(LocalDate date, List<Occurrence> activities, CafeHours cafe) {
        public LocalDate getDate() {
            return date;
        }

        public List<Occurrence> getActivities() {
            return activities;
        }

        public CafeHours getCafe() {
            return cafe;
        }
    }

    public void load() {
        ShownDays.Days shown = shownDays.whatsOnPage();
        List<Occurrence> all = holding.publicBetween(shown.start(), shown.finish());
        audiences = new TreeSet<>();
        all.forEach(occurrence -> audiences.addAll(occurrence.getBooking().getAudience()));
        days = new TreeMap<>();
        for (LocalDate day = shown.first(); day.isBefore(shown.end()); day = day.plusDays(1)) {
            days.put(day, new ArrayList<>());
        }
        filter().of(all).forEach(occurrence -> days.get(occurrence.getDate()).add(occurrence));
        cafe = new HashMap<>();
        if (filter().includesCafe(cafeRoom())) {
            cafeOpening.between(shown.first(), shown.end().minusDays(1)).forEach(open -> cafe.put(open.date(), open));
        }
    }

    private Room cafeRoom() {
        try {
            return rooms.bySlug(CafeEventService.CAFE_ROOM);
        } catch (Refusal noCafeRoom) {
            return null;
        }
    }

    private WhatsOn filter() {
        return new WhatsOn(
                chosenType() == null ? Set.of() : Set.of(chosenType()), blankToNull(audience), chosenFeature());
    }

    public List<Day> getDays() {
        return days.entrySet().stream()
                .map(entry -> new Day(entry.getKey(), entry.getValue(), cafe.get(entry.getKey())))
                .toList();
    }

    public int getCount() {
        return days.values().stream().mapToInt(List::size).sum();
    }

    public boolean isFiltered() {
        return chosenType() != null || blankToNull(audience) != null || chosenFeature() != null;
    }

    /** Subscribe to everything at the hub. */
    public SubscribeLinks getHubLinks() {
        return SubscribeLinks.of(
                feedAddress(""),
                Text.get(language(), "feed.hub.name", hubSettings.details().name()));
    }

    /** Subscribe to just what the filter shows (activity and audience; feeds do not filter by room feature). */
    public SubscribeLinks getFilteredLinks() {
        StringBuilder query = new StringBuilder();
        if (chosenType() != null) {
            query.append("type=").append(chosenType().name().toLowerCase(Locale.ROOT));
        }
        if (blankToNull(audience) != null) {
            query.append(query.isEmpty() ? "" : "&")
                    .append("audience=")
                    .append(URLEncoder.encode(audience.trim(), StandardCharsets.UTF_8));
        }
        return SubscribeLinks.of(
                feedAddress(query.isEmpty() ? "" : "?" + query), Text.get(language(), "whatsOn.filteredFeedName"));
    }

    /** The feed's address; in a language other than the base one it asks for its names in the page's language. */
    private URI feedAddress(String query) {
        String base = address.base((HttpServletRequest) external.getRequest());
        String language = language().equals(Languages.base())
                ? ""
                : (query.isEmpty() ? "?" : "&") + "lang=" + language().toLanguageTag();
        return URI.create(base + "/calendar/hub.ics" + query + language);
    }

    private static Locale language() {
        return Formats.locale();
    }

    public String audienceOf(Occurrence activity) {
        return String.join(", ", activity.getBooking().getAudience());
    }

    public List<ActivityType> getTypes() {
        return Arrays.asList(ActivityType.values());
    }

    public List<RoomFeature> getFeatures() {
        return Arrays.stream(RoomFeature.values())
                .filter(RoomFeature::isAccessibility)
                .toList();
    }

    public Set<String> getAudiences() {
        return audiences;
    }

    private ActivityType chosenType() {
        return Arrays.stream(ActivityType.values())
                .filter(value -> value.name().equalsIgnoreCase(String.valueOf(type)))
                .findFirst()
                .orElse(null);
    }

    private RoomFeature chosenFeature() {
        return Arrays.stream(RoomFeature.values())
                .filter(value -> value.name().equalsIgnoreCase(String.valueOf(feature)))
                .findFirst()
                .orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getFeature() {
        return feature;
    }

    public void setFeature(String feature) {
        this.feature = feature;
    }
}
