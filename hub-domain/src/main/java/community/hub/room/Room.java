package community.hub.room;

import community.hub.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A bookable space in the hub. A room changes only through {@link #revise(RoomDetails)},
 * {@link #retire()} and {@link #reinstate()}, each of which keeps the room's own rules.
 */
@Entity
@Table(name = "room")
@NamedQuery(name = "Room.all", query = "select r from Room r order by r.name")
@NamedQuery(name = "Room.open", query = "select r from Room r where r.retired = false order by r.name")
@NamedQuery(name = "Room.bySlug", query = "select r from Room r where r.slug = :slug")
// A named query, so the locking read is prepared once rather than for every booking, as a find with a lock mode would
// be.
@NamedQuery(
        name = "Room.locked",
        query = "select r from Room r where r.id = :id",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String slug;

    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "floor_name", length = 40)
    private String floor;

    @Column(length = 500)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "room_feature", joinColumns = @JoinColumn(name = "room_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "feature", nullable = false, length = 40)
    private Set<RoomFeature> features = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "room_opening_hours", joinColumns = @JoinColumn(name = "room_id"))
    private List<OpeningHours> openingHours = new ArrayList<>();

    @Column(name = "turnaround_minutes", nullable = false)
    private int turnaroundMinutes;

    @Column(name = "minimum_booking_minutes", nullable = false)
    private int minimumBookingMinutes;

    @Column(name = "maximum_booking_minutes", nullable = false)
    private int maximumBookingMinutes;

    @Column(name = "standard_hourly_rate", nullable = false, precision = 7, scale = 2)
    private BigDecimal standardHourlyRate;

    @Column(name = "community_hourly_rate", nullable = false, precision = 7, scale = 2)
    private BigDecimal communityHourlyRate;

    @Column(name = "bookable_by_tenants", nullable = false)
    private boolean bookableByTenants;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected Room() {
        // for JPA
    }

    /** A new room, open for booking, as the details describe it. */
    public Room(RoomDetails details) {
        revise(details);
    }

    /** Takes new details, refusing them whole if they break a rule no form field can check alone. */
    public final void revise(RoomDetails details) {
        checkRules(details);
        slug = details.getSlug().trim();
        name = details.getName().trim();
        capacity = details.getCapacity();
        floor = blankToNull(details.getFloor());
        description = blankToNull(details.getDescription());
        features = details.getFeatures().isEmpty()
                ? new HashSet<>()
                : new HashSet<>(EnumSet.copyOf(details.getFeatures()));
        openingHours = new ArrayList<>(details.getOpeningHours());
        turnaroundMinutes = details.getTurnaroundMinutes();
        minimumBookingMinutes = details.getMinimumBookingMinutes();
        maximumBookingMinutes = details.getMaximumBookingMinutes();
        standardHourlyRate = pounds(details.getStandardHourlyRate());
        communityHourlyRate = pounds(details.getCommunityHourlyRate());
        bookableByTenants = details.isBookableByTenants();
    }

    private static void checkRules(RoomDetails details) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (OpeningHours hours : details.getOpeningHours()) {
            if (!days.add(hours.getDay())) {
                throw Refusal.invalid("openingHours", "room.openingHours.oncePerDay", hours.getDay());
            }
            if (!hours.isInOrder()) {
                throw Refusal.invalid("openingHours", "room.openingHours.order", hours.getDay());
            }
        }
        if (details.getMinimumBookingMinutes() > details.getMaximumBookingMinutes()) {
            throw Refusal.invalid("maximumBookingMinutes", "room.bookingMinutes.order");
        }
        if (details.getCommunityHourlyRate().compareTo(details.getStandardHourlyRate()) > 0) {
            throw Refusal.invalid("communityHourlyRate", "room.rate.communityAboveStandard");
        }
    }

    /** Takes the room out of use; it stays on record for the bookings it had. */
    public void retire() {
        retired = true;
    }

    /** Puts a retired room back into use. */
    public void reinstate() {
        retired = false;
    }

    /** What an hour in this room costs an organisation in the given rate band. */
    public BigDecimal hourlyRate(RateBand band) {
        return switch (band) {
            case STANDARD -> standardHourlyRate;
            case COMMUNITY -> communityHourlyRate;
            case FREE -> pounds(BigDecimal.ZERO);
        };
    }

    /** When the room is open on the given day, if it opens at all. */
    public Optional<OpeningHours> openOn(DayOfWeek day) {
        return openingHours.stream().filter(hours -> hours.getDay() == day).findFirst();
    }

    /** The room's features that matter for accessibility, for the public pages. */
    public Set<RoomFeature> accessibilityFeatures() {
        Set<RoomFeature> accessible = EnumSet.noneOf(RoomFeature.class);
        features.stream().filter(RoomFeature::isAccessibility).forEach(accessible::add);
        return accessible;
    }

    private static BigDecimal pounds(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getFloor() {
        return floor;
    }

    public String getDescription() {
        return description;
    }

    public Set<RoomFeature> getFeatures() {
        return features.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(RoomFeature.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(features));
    }

    /** Opening hours from Monday to Sunday. */
    public List<OpeningHours> getOpeningHours() {
        return openingHours.stream()
                .sorted(Comparator.comparing(OpeningHours::getDay))
                .toList();
    }

    public int getTurnaroundMinutes() {
        return turnaroundMinutes;
    }

    public int getMinimumBookingMinutes() {
        return minimumBookingMinutes;
    }

    public int getMaximumBookingMinutes() {
        return maximumBookingMinutes;
    }

    public boolean isBookableByTenants() {
        return bookableByTenants;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getVersion() {
        return version;
    }
}
