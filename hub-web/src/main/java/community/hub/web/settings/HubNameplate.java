package community.hub.web.settings;

import community.hub.settings.HubDetails;
import community.hub.settings.HubSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The hub's details as every page shows them ({@code #{hub.name}}): its name, how to reach it, its public notice. */
@Named("hub")
@ApplicationScoped
public class HubNameplate {

    @Inject
    private HubSettingsService settings;

    private HubDetails details() {
        return settings.details();
    }

    public String getName() {
        return details().name();
    }

    public String getAddress() {
        return details().address();
    }

    public String getContactEmail() {
        return details().contactEmail();
    }

    public String getContactPhone() {
        return details().contactPhone();
    }

    public String getPublicNotice() {
        return details().publicNotice();
    }
}
