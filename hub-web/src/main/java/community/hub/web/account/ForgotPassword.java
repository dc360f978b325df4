package community.hub.web.account;

import community.hub.mail.ResetRequests;
import community.hub.web.FieldMessages;
import community.hub.web.setup.HubAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Forgot your password": a reset link goes by email to the account with that username or email address, and the
 * page says the same whether or not there is one.
 */
@Named
@RequestScoped
public class ForgotPassword {

    @Inject
    private ResetRequests resets;

    @Inject
    private HubAddress address;

    @Inject
    private ExternalContext external;

    private String usernameOrEmail;

    public String send() {
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
            FieldMessages.beside("usernameOrEmail", "forgot.required");
            return null;
        }
        String base = address.base((HttpServletRequest) external.getRequest());
        resets.ask(usernameOrEmail, token -> resetLink(base, token));
        FieldMessages.done("forgot.sent");
        return "/forgot-password?faces-redirect=true&sent=true";
    }

    /** The address of the page where a reset link's token chooses a new password. */
    public static String resetLink(String base, String token) {
        return base + "/reset-password.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public String getUsernameOrEmail() {
        return usernameOrEmail;
    }

    public void setUsernameOrEmail(String usernameOrEmail) {
        this.usernameOrEmail = usernameOrEmail;
    }
}
