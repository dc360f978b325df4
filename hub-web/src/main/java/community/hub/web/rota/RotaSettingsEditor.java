package community.hub.web.rota;

import community.hub.Refusal;
import community.hub.rota.CafeRole;
import community.hub.rota.CafeSettings;
import community.hub.rota.store.CafeSettingsService;
import community.hub.web.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The café's rota settings: how many members who need a job coach one job coach can support (auto-fill and every
 * change keep to it), and the places an event booked in the café room gets to begin with.
 */
@Named
@ViewScoped
public class RotaSettingsEditor implements Serializable {

    @Inject
    private CafeSettingsService settingsService;

    private CafeSettings settings;

    public void load() {
        if (settings == null) {
            settings = settingsService.cafeSettings();
        }
    }

    public void save() {
        try {
            settings = settingsService.changeSettings(settings);
            FieldMessages.info("settings.saved", settings.getMembersPerJobCoach());
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        } catch (ConstraintViolationException invalid) {
            FieldMessages.show(invalid);
        }
    }

    public CafeSettings getSettings() {
        load();
        return settings;
    }

    public List<CafeRole> getRoles() {
        return Arrays.asList(CafeRole.values());
    }
}
