package community.hub.web.setup;

import community.hub.account.FirstManager;
import community.hub.account.HubSetup;
import community.hub.account.LinkState;
import community.hub.account.UnusableLink;
import community.hub.settings.SettingsDetails;
import community.hub.web.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;

/**
 * The setup page a new hub's log links to: the hub manager creates their own account and the hub's settings, both
 * or neither. A link that cannot be used gets a plain page saying what to do next.
 */
@Named
@ViewScoped
public class FirstStart implements Serializable {

    @Inject
    private HubSetup setup;

    private String token;
    private LinkState state;
    private final FirstManager manager = new FirstManager();
    private final SettingsDetails details = new SettingsDetails();

    public void load() {
        if (state == null) {
            state = setup.linkState(token);
        }
    }

    public String complete() {
        try {
            setup.complete(token, manager, details);
        } catch (ConstraintViolationException invalid) {
            FieldMessages.show(invalid);
            return null;
        } catch (UnusableLink unusable) {
            state = unusable.state();
            return null;
        }
        FieldMessages.done("setup.done", manager.getUsername());
        return "/login?faces-redirect=true";
    }

    public boolean isUsable() {
        return state == LinkState.USABLE;
    }

    /** The state's name in lower case, to pick the page's words: usable, expired, used or unknown. */
    public String getState() {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public FirstManager getManager() {
        return manager;
    }

    public SettingsDetails getDetails() {
        return details;
    }
}
