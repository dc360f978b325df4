package community.hub.web.account;

import community.hub.account.Account;
import community.hub.account.Passwords;
import community.hub.web.FieldMessages;
import community.hub.web.security.HubAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

/** My account: change one's own password. This session stays signed in; every other one ends. */
@Named
@RequestScoped
public class MyPassword {

    @Inject
    private Passwords passwords;

    @Inject
    private SecurityContext security;

    @Inject
    private HubAuthentication authentication;

    @Inject
    private ExternalContext external;

    private String currentPassword;
    private String newPassword;

    public String change() {
        String username = security.getCallerPrincipal().getName();
        Account account = FieldMessages.attempt(() -> passwords.changeOwn(username, currentPassword, newPassword))
                .orElse(null);
        if (account == null) {
            return null;
        }
        authentication.credentialsChanged(username);
        HubAuthentication.keepSignedIn((HttpServletRequest) external.getRequest(), account.getCredentialsVersion());
        FieldMessages.done("myAccount.passwordChanged");
        return "/account/index?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
