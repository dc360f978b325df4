package community.hub.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a booking holds the room for, as the public and the hub's reports see it: its title, kind of activity, who may
 * see it, what it says to the public, how many are expected, and the residents' idea it carries out, if any. A value:
 * new details make a new one. Who it is for (the audience tags) stays with the booking, which keeps them as rows.
 */
@Embeddable
public class Activity {

    @Column(nullable = false, length = 120)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false, length = 20)
    private ActivityType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility;

    @Column(length = 1000)
    private String description;

    @Column(name = "expected_attendance", nullable = false)
    private int expectedAttendance;

    /** The residents' idea this activity carries out; none for most. */
    @Column(name = "suggestion_id")
    private Long suggestionId;

    protected Activity() {
        // for JPA
    }

    private Activity(BookingRequest request, Long suggestionId) {
        this.title = request.getTitle().trim();
        this.type = request.getType();
        this.visibility = request.getVisibility();
        this.description =
                request.getDescription() == null || request.getDescription().isBlank()
                        ? null
                        : request.getDescription().trim();
        this.expectedAttendance = request.getExpectedAttendance();
        this.suggestionId = suggestionId;
    }

    /** The activity a request describes, carrying out the given idea (or none). */
    static Activity of(BookingRequest request, Long suggestionId) {
        return new Activity(request, suggestionId);
    }

    /** The same activity, now carrying out the given residents' idea (What's on says it was suggested by residents). */
    Activity carryingOut(Long idea) {
        Activity carrying = new Activity();
        carrying.title = title;
        carrying.type = type;
        carrying.visibility = visibility;
        carrying.description = description;
        carrying.expectedAttendance = expectedAttendance;
        carrying.suggestionId = idea;
        return carrying;
    }

    public String getTitle() {
        return title;
    }

    public ActivityType getType() {
        return type;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getDescription() {
        return description;
    }

    public int getExpectedAttendance() {
        return expectedAttendance;
    }

    /** The residents' idea it carries out, if any. */
    public Long getSuggestionId() {
        return suggestionId;
    }

    /** Whether residents suggested it. */
    public boolean isSuggestedByResidents() {
        return suggestionId != null;
    }
}
