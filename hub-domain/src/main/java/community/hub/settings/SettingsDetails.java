package community.hub.settings;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The hub's details as a form or an API client gives them; checked before anything is saved. */
public class SettingsDetails {

    @NotBlank(message = "{settings.name.required}")
    @Size(max = 80, message = "{settings.name.size}")
    private String name;

    @Size(max = 300, message = "{settings.address.size}")
    private String address;

    @Email(message = "{settings.contactEmail.format}")
    @Size(max = 120, message = "{settings.contactEmail.size}")
    private String contactEmail;

    @Pattern(regexp = "(\\+?[0-9 ()-]{6,30})?", message = "{settings.contactPhone.format}")
    private String contactPhone;

    @Size(max = 1000, message = "{settings.publicNotice.size}")
    private String publicNotice;

    public SettingsDetails() {
        // an empty form
    }

    public SettingsDetails(String name, String address, String contactEmail, String contactPhone, String publicNotice) {
        this.name = name;
        this.address = address;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.publicNotice = publicNotice;
    }

    /** The details as they are now, for a form to change. */
    public static SettingsDetails of(HubSettings settings) {
        return new SettingsDetails(
                settings.getName(),
                settings.getAddress(),
                settings.getContactEmail(),
                settings.getContactPhone(),
                settings.getPublicNotice());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getPublicNotice() {
        return publicNotice;
    }

    public void setPublicNotice(String publicNotice) {
        this.publicNotice = publicNotice;
    }
}
