package community.hub.organisation;

import community.hub.room.RateBand;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Everything staff say about an organisation when they add or change it. */
public class OrganisationDetails {

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 100, message = "{organisation.name.size}")
    private String name;

    @NotNull(message = "{organisation.type.required}")
    private OrganisationType type;

    @NotNull(message = "{organisation.rateBand.required}")
    private RateBand rateBand = RateBand.STANDARD;

    @NotNull(message = "{organisation.monthlyIncludedHours.required}")
    @Min(value = 0, message = "{organisation.monthlyIncludedHours.range}")
    @Max(value = 744, message = "{organisation.monthlyIncludedHours.range}")
    private Integer monthlyIncludedHours = 0;

    @NotNull(message = "{organisation.bookingWindowDays.required}")
    @Min(value = 1, message = "{organisation.bookingWindowDays.range}")
    @Max(value = 730, message = "{organisation.bookingWindowDays.range}")
    private Integer bookingWindowDays = 90;

    private boolean autoApprove;

    @Email(message = "{organisation.contactEmail.format}")
    @Size(max = 120, message = "{organisation.contactEmail.size}")
    private String contactEmail;

    public OrganisationDetails() {
        // an empty form
    }

    /** The details an organisation holds now, ready to be changed. */
    public static OrganisationDetails of(Organisation organisation) {
        OrganisationDetails details = new OrganisationDetails();
        details.name = organisation.getName();
        details.type = organisation.getType();
        details.rateBand = organisation.getRateBand();
        details.monthlyIncludedHours = organisation.getMonthlyIncludedHours();
        details.bookingWindowDays = organisation.getBookingWindowDays();
        details.autoApprove = organisation.isAutoApprove();
        details.contactEmail = organisation.getContactEmail();
        return details;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public RateBand getRateBand() {
        return rateBand;
    }

    public void setRateBand(RateBand rateBand) {
        this.rateBand = rateBand;
    }

    public Integer getMonthlyIncludedHours() {
        return monthlyIncludedHours;
    }

    public void setMonthlyIncludedHours(Integer monthlyIncludedHours) {
        this.monthlyIncludedHours = monthlyIncludedHours;
    }

    public Integer getBookingWindowDays() {
        return bookingWindowDays;
    }

    public void setBookingWindowDays(Integer bookingWindowDays) {
        this.bookingWindowDays = bookingWindowDays;
    }

    public boolean isAutoApprove() {
        return autoApprove;
    }

    public void setAutoApprove(boolean autoApprove) {
        this.autoApprove = autoApprove;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
