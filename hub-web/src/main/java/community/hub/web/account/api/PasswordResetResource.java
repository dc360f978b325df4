package community.hub.web.account.api;

import community.hub.mail.ResetRequests;
import community.hub.web.account.ForgotPassword;
import community.hub.web.setup.HubAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Asks for a password reset link by email. The answer is 202 whatever was asked, with no body: it never tells whether
 * an account exists.
 */
@Path("password-resets")
@ApplicationScoped
public class PasswordResetResource {

    @Inject
    private ResetRequests resets;

    @Inject
    private HubAddress address;

    @Context
    private HttpServletRequest request;

    /** The account to reset, by its username or its email address; {@code usernameOrEmail} may name either. */
    public record ResetAsked(String username, String email, String usernameOrEmail) {
        String identifier() {
            return usernameOrEmail != null ? usernameOrEmail : username != null ? username : email;
        }
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(ResetAsked asked) {
        if (asked != null && asked.identifier() != null && !asked.identifier().isBlank()) {
            String base = address.base(request);
            resets.ask(asked.identifier(), token -> ForgotPassword.resetLink(base, token));
        }
        return Response.accepted().build();
    }
}
