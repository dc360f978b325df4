package community.hub.web.security;

import community.hub.web.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The sign-in page (signing out is {@link SignOut}). */
@Named
@RequestScoped
public class Login {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    private ExternalContext external;

    @Inject
    private Clock clock;

    private String username;

    private String password;

    private String next;

    public void signIn() throws IOException {
        AuthenticationStatus status = security.authenticate(
                request(),
                response(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + (asked() ? next : startPage()));
            faces.responseComplete();
        } else if (request().getAttribute(HubAuthentication.HELD_UNTIL) instanceof Instant until) {
            FieldMessages.global("login.held", FailedSignIns.minutes(Duration.between(clock.instant(), until)));
        } else {
            FieldMessages.global("login.failed");
        }
    }

    /** Whether the person asked for a page, and it is one inside the hub: never a redirect to somewhere else on the web. */
    private boolean asked() {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\");
    }

    /** Where each role starts when it signs in without asking for a page. */
    private String startPage() {
        if (request().isUserInRole("ADMIN") || request().isUserInRole("STAFF")) {
            return "/staff/today.xhtml";
        }
        if (request().isUserInRole("TENANT")) {
            return "/tenant/index.xhtml";
        }
        if (request().isUserInRole("VOLUNTEER")) {
            return "/volunteer/shifts.xhtml";
        }
        return "/index.xhtml";
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) external.getRequest();
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) external.getResponse();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
