package community.hub.organisation;

import community.hub.room.RateBand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A body that uses the hub: its members book space for it, within its allowance. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.all", query = "select o from Organisation o order by o.name")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 20)
    private OrganisationType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_band", nullable = false, length = 20)
    private RateBand rateBand;

    @Column(name = "monthly_included_hours", nullable = false)
    private int monthlyIncludedHours;

    @Column(name = "booking_window_days", nullable = false)
    private int bookingWindowDays;

    @Column(name = "auto_approve", nullable = false)
    private boolean autoApprove;

    @Column(name = "contact_email", length = 120)
    private String contactEmail;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(OrganisationDetails details) {
        revise(details);
    }

    public final void revise(OrganisationDetails details) {
        name = details.getName().trim();
        type = details.getType();
        rateBand = details.getRateBand();
        monthlyIncludedHours = details.getMonthlyIncludedHours();
        bookingWindowDays = details.getBookingWindowDays();
        autoApprove = details.isAutoApprove();
        contactEmail =
                details.getContactEmail() == null || details.getContactEmail().isBlank()
                        ? null
                        : details.getContactEmail().trim();
    }

    /** The organisation stops using the hub; its history stays. */
    public void retire() {
        retired = true;
    }

    public void reinstate() {
        retired = false;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public RateBand getRateBand() {
        return rateBand;
    }

    public int getMonthlyIncludedHours() {
        return monthlyIncludedHours;
    }

    public int getBookingWindowDays() {
        return bookingWindowDays;
    }

    public boolean isAutoApprove() {
        return autoApprove;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean isRetired() {
        return retired;
    }
}
