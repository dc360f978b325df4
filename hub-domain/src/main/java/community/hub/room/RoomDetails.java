package community.hub.room;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything staff say about a room when they add or change it: the shape a form or an API
 * request fills in, validated before the room takes it.
 */
public class RoomDetails {

    /** The longest cleaning and setting-up time between bookings a room can ask for. */
    public static final int LONGEST_TURNAROUND_MINUTES = 240;

    @NotBlank(message = "{room.slug.required}")
    @Size(max = 40, message = "{room.slug.size}")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{room.slug.pattern}")
    private String slug;

    @NotBlank(message = "{room.name.required}")
    @Size(max = 80, message = "{room.name.size}")
    private String name;

    @NotNull(message = "{room.capacity.required}")
    @Min(value = 1, message = "{room.capacity.range}")
    @Max(value = 1000, message = "{room.capacity.range}")
    private Integer capacity;

    @Size(max = 40, message = "{room.floor.size}")
    private String floor;

    @Size(max = 500, message = "{room.description.size}")
    private String description;

    @NotNull(message = "{room.features.required}")
    private Set<RoomFeature> features = EnumSet.noneOf(RoomFeature.class);

    @NotNull(message = "{room.openingHours.required}")
    private List<@Valid @NotNull OpeningHours> openingHours = new ArrayList<>();

    @NotNull(message = "{room.turnaroundMinutes.required}")
    @Min(value = 0, message = "{room.turnaroundMinutes.range}")
    @Max(value = LONGEST_TURNAROUND_MINUTES, message = "{room.turnaroundMinutes.range}")
    private Integer turnaroundMinutes = 0;

    /** The shortest booking: as short as a minute, for a room that needs no minimum. */
    @NotNull(message = "{room.minimumBookingMinutes.required}")
    @Min(value = 1, message = "{room.minimumBookingMinutes.range}")
    @Max(value = 1440, message = "{room.minimumBookingMinutes.range}")
    private Integer minimumBookingMinutes = 30;

    @NotNull(message = "{room.maximumBookingMinutes.required}")
    @Min(value = 15, message = "{room.bookingMinutes.range}")
    @Max(value = 1440, message = "{room.bookingMinutes.range}")
    private Integer maximumBookingMinutes = 480;

    @NotNull(message = "{room.rate.required}")
    @DecimalMin(value = "0.00", message = "{room.rate.range}")
    @Digits(integer = 5, fraction = 2, message = "{room.rate.digits}")
    private BigDecimal standardHourlyRate = BigDecimal.ZERO;

    @NotNull(message = "{room.rate.required}")
    @DecimalMin(value = "0.00", message = "{room.rate.range}")
    @Digits(integer = 5, fraction = 2, message = "{room.rate.digits}")
    private BigDecimal communityHourlyRate = BigDecimal.ZERO;

    private boolean bookableByTenants;

    public RoomDetails() {
        // an empty form
    }

    /** The details a room holds now, ready to be changed. */
    public static RoomDetails of(Room room) {
        RoomDetails details = new RoomDetails();
        details.slug = room.getSlug();
        details.name = room.getName();
        details.capacity = room.getCapacity();
        details.floor = room.getFloor();
        details.description = room.getDescription();
        details.features =
                room.getFeatures().isEmpty() ? EnumSet.noneOf(RoomFeature.class) : EnumSet.copyOf(room.getFeatures());
        details.openingHours = new ArrayList<>();
        room.getOpeningHours()
                .forEach(hours -> details.openingHours.add(
                        new OpeningHours(hours.getDay(), hours.getOpens(), hours.getCloses())));
        details.turnaroundMinutes = room.getTurnaroundMinutes();
        details.minimumBookingMinutes = room.getMinimumBookingMinutes();
        details.maximumBookingMinutes = room.getMaximumBookingMinutes();
        details.standardHourlyRate = room.hourlyRate(RateBand.STANDARD);
        details.communityHourlyRate = room.hourlyRate(RateBand.COMMUNITY);
        details.bookableByTenants = room.isBookableByTenants();
        return details;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getFloor() {
        return floor;
    }

    public void setFloor(String floor) {
        this.floor = floor;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<RoomFeature> getFeatures() {
        return features;
    }

    public void setFeatures(Set<RoomFeature> features) {
        this.features = features;
    }

    public List<OpeningHours> getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(List<OpeningHours> openingHours) {
        this.openingHours = openingHours;
    }

    public Integer getTurnaroundMinutes() {
        return turnaroundMinutes;
    }

    public void setTurnaroundMinutes(Integer turnaroundMinutes) {
        this.turnaroundMinutes = turnaroundMinutes;
    }

    public Integer getMinimumBookingMinutes() {
        return minimumBookingMinutes;
    }

    public void setMinimumBookingMinutes(Integer minimumBookingMinutes) {
        this.minimumBookingMinutes = minimumBookingMinutes;
    }

    public Integer getMaximumBookingMinutes() {
        return maximumBookingMinutes;
    }

    public void setMaximumBookingMinutes(Integer maximumBookingMinutes) {
        this.maximumBookingMinutes = maximumBookingMinutes;
    }

    public BigDecimal getStandardHourlyRate() {
        return standardHourlyRate;
    }

    public void setStandardHourlyRate(BigDecimal standardHourlyRate) {
        this.standardHourlyRate = standardHourlyRate;
    }

    public BigDecimal getCommunityHourlyRate() {
        return communityHourlyRate;
    }

    public void setCommunityHourlyRate(BigDecimal communityHourlyRate) {
        this.communityHourlyRate = communityHourlyRate;
    }

    public boolean isBookableByTenants() {
        return bookableByTenants;
    }

    public void setBookableByTenants(boolean bookableByTenants) {
        this.bookableByTenants = bookableByTenants;
    }
}
