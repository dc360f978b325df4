package community.hub.web.account;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.account.Invitations;
import community.hub.account.LinkState;
import community.hub.account.UnusableLink;
import community.hub.web.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The page an invitation links to: the invited person chooses their password, once. Other links get a plain page. */
@Named
@ViewScoped
public class InvitationAcceptance implements Serializable {

    @Inject
    private Invitations invitations;

    private String token;
    private LinkState state;
    private String password;

    /** The address of the page where an invitation's token chooses the password. */
    public static String link(String base, String token) {
        return base + "/invitation.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public void load() {
        if (state == null) {
            state = invitations.linkState(token);
        }
    }

    public String accept() {
        Account account = FieldMessages.attempt(() -> invitations.accept(token, password), this::showUnusable)
                .orElse(null);
        if (account == null) {
            return null;
        }
        FieldMessages.done("invitation.done", account.getUsername());
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
