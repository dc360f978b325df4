package community.hub.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The hub's own details: one row, made when the hub manager first sets the hub up, changed only whole. */
@Entity
@Table(name = "hub_settings")
public class HubSettings {

    /** The one row's id. */
    static final int THE_HUB = 1;

    @Id
    private int id;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(length = 300)
    private String address;

    @Column(name = "contact_email", length = 120)
    private String contactEmail;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(name = "public_notice", length = 1000)
    private String publicNotice;

    @Version
    private long version;

    protected HubSettings() {
        // for JPA
    }

    HubSettings(SettingsDetails details) {
        this.id = THE_HUB;
        change(details);
    }

    /** Takes all the details at once; blank ones are "none". */
    final void change(SettingsDetails details) {
        this.name = details.getName().trim();
        this.address = blankToNull(details.getAddress());
        this.contactEmail = blankToNull(details.getContactEmail());
        this.contactPhone = blankToNull(details.getContactPhone());
        this.publicNotice = blankToNull(details.getPublicNotice());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getPublicNotice() {
        return publicNotice;
    }

    public long getVersion() {
        return version;
    }
}
