package community.hub.web.rota;

import community.hub.rota.CafeRole;
import community.hub.rota.CafeSettings;
import community.hub.rota.store.CafeSettingsService;
import community.hub.web.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
        FieldMessages.attempt(() -> settingsService.changeSettings(settings)).ifPresent(saved -> {
            settings = saved;
            FieldMessages.info("settings.saved", saved.getMembersPerJobCoach());
        });
    }

    public CafeSettings getSettings() {
        load();
        return settings;
    }

    public List<CafeRole> getRoles() {
        return Arrays.asList(CafeRole.values());
    }
}
