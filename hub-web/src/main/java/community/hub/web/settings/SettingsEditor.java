package community.hub.web.settings;

import community.hub.settings.HubSettingsService;
import community.hub.settings.SettingsDetails;
import community.hub.web.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;

/** The hub manager's settings page: the hub's name, address, contact details and public notice, saved together. */
@Named
@ViewScoped
public class SettingsEditor implements Serializable {

    @Inject
    private HubSettingsService settings;

    private SettingsDetails details;

    public void load() {
        if (details == null) {
            details = settings.current().map(SettingsDetails::of).orElseGet(SettingsDetails::new);
        }
    }

    public String save() {
        try {
            settings.change(details);
        } catch (ConstraintViolationException invalid) {
            FieldMessages.show(invalid);
            return null;
        }
        FieldMessages.done("hubSettings.saved");
        return "/admin/settings?faces-redirect=true";
    }

    public SettingsDetails getDetails() {
        return details;
    }
}
