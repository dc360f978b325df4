package community.hub.web.account;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.account.LinkState;
import community.hub.account.Passwords;
import community.hub.account.UnusableLink;
import community.hub.web.FieldMessages;
import community.hub.web.security.HubAuthentication;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The page a reset email links to: choose a new password, once, within the hour. Other links get a plain page. */
@Named
@ViewScoped
public class PasswordReset implements Serializable {

    @Inject
    private Passwords passwords;

    @Inject
    private HubAuthentication authentication;

    private String token;
    private LinkState state;
    private String newPassword;

    public void load() {
        if (state == null) {
            state = passwords.resetLinkState(token);
        }
    }

    public String reset() {
        Account account = FieldMessages.attempt(() -> passwords.reset(token, newPassword), this::showUnusable)
                .orElse(null);
        if (account == null) {
            return null;
        }
        authentication.credentialsChanged(account.getUsername());
        FieldMessages.done("reset.done", account.getUsername());
        return "/login?faces-redirect=true";
    }

    private boolean showUnusable(Refusal refusal) {
        if (refusal instanceof UnusableLink unusable) {
            state = unusable.state();
            return true;
        }
        return false;
    }

    public boolean isUsable() {
        return state == LinkState.USABLE;
    }

    public String getState() {
        return state.name().toLowerCase(Locale.ROOT);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
