package community.hub.web.account;

import community.hub.account.Account;
import community.hub.account.LinkState;
import community.hub.account.Passwords;
import community.hub.web.FieldMessages;
import community.hub.web.security.HubAuthentication;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page a reset email links to: choose a new password, once, within the hour. Other links get a plain page. */
@Named
@ViewScoped
public class PasswordReset extends OneTimeLinkPage {

    @Inject
    private Passwords passwords;

    @Inject
    private HubAuthentication authentication;

    private String newPassword;

    @Override
    protected LinkState linkState(String token) {
        return passwords.resetLinkState(token);
    }

    public String reset() {
        Account account = FieldMessages.attempt(() -> passwords.reset(getToken(), newPassword), this::showUnusable)
                .orElse(null);
        if (account == null) {
            return null;
        }
        authentication.credentialsChanged(account.getUsername());
        FieldMessages.done("reset.done", account.getUsername());
        return "/login?faces-redirect=true";
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
