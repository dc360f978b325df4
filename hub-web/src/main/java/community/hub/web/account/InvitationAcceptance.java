package community.hub.web.account;

import community.hub.account.Account;
import community.hub.account.Invitations;
import community.hub.account.LinkState;
import community.hub.web.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The page an invitation links to: the invited person chooses their password, once. Other links get a plain page. */
@Named
@ViewScoped
public class InvitationAcceptance extends OneTimeLinkPage {

    @Inject
    private Invitations invitations;

    private String password;

    /** The address of the page where an invitation's token chooses the password. */
    public static String link(String base, String token) {
        return base + "/invitation.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    @Override
    protected LinkState linkState(String token) {
        return invitations.linkState(token);
    }

    public String accept() {
        Account account = FieldMessages.attempt(() -> invitations.accept(getToken(), password), this::showUnusable)
                .orElse(null);
        if (account == null) {
            return null;
        }
        FieldMessages.done("invitation.done", account.getUsername());
        return "/login?faces-redirect=true";
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
