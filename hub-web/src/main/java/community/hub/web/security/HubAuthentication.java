package community.hub.web.security;

import community.hub.account.AccountService;
import community.hub.account.HubSetup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the hub knows who is calling. API clients send HTTP Basic with every request and get no session;
 * people sign in once on the sign-in page and are remembered in their session. A page that needs a
 * role sends an anonymous visitor to the sign-in page and back again afterwards. A successful HTTP Basic
 * sign-in is remembered for {@code hub.api.signInMemorySeconds} (see {@link RecentSignIns} for what that costs).
 * A username with too many wrong passwords lately, from the caller's address, is not checked again for a while
 * ({@link PasswordChecks}).
 */
@ApplicationScoped
public class HubAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Set on a sign-in from the page that was not checked because the username is held (FailedSignIns). */
    static final String HELD_UNTIL = "community.hub.sign-ins-held-until";
    /** What a page's session may ask of the API: reading (the CSV downloads pages link to), never changing. */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private PasswordChecks passwords;

    @Inject
    private ApiProblems problems;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Inject
    private HubSetup setup;

    @Inject
    @ConfigProperty(name = "hub.api.signInMemorySeconds", defaultValue = "60")
    private long signInMemorySeconds;

    private RecentSignIns recentSignIns;

    @Inject
    @ConfigProperty(name = "hub.proxy.trusted")
    private Optional<String> trustedProxies;

    private ClientAddress clientAddress;

    @PostConstruct
    void rememberSignIns() {
        recentSignIns = new RecentSignIns(Duration.ofSeconds(signInMemorySeconds));
        clientAddress = new ClientAddress(trustedProxies.orElse(""));
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if ("TRACE".equalsIgnoreCase(request.getMethod())) {
            // refused before a page that needs a role could send it to the sign-in page and read on (TraceRefused)
            TraceRefused.refuse(response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Credential offered = context.getAuthParameters().getCredential();
        if (offered != null) {
            return signIn(request, context, offered);
        }
        if (isApi(request) && !setup.isSetUp()) {
            // no account can sign in yet: the API answers that the hub is being set up (BeingSetUp)
            return context.doNothing();
        }
        if (isApi(request) && request.getHeader("Authorization") != null) {
            return basic(request, response, context);
        }
        if (isApi(request) && !SAFE_METHODS.contains(request.getMethod())) {
            // a page's session cookie, which a browser sends along to any request, never changes anything through the
            // API: changes there take the API's own credentials (another site cannot make a browser send those)
            return context.doNothing();
        }
        SignedIn signedIn = signedIn(request);
        if (signedIn != null && stillValid(signedIn)) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
        }
        if (signedIn != null) {
            // the password changed or the account was deactivated since this session signed in: it ends here
            request.getSession().invalidate();
        }
        if (context.isProtected() && !isApi(request)) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + returnPath(request));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential offered) {
        String username = offered instanceof UsernamePasswordCredential named ? named.getCaller() : "";
        String address = clientAddress.of(request);
        Optional<Instant> held = passwords.heldUntil(username, address, clock.instant());
        if (held.isPresent()) {
            request.setAttribute(HELD_UNTIL, held.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = passwords.checked(username, address, offered);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String signedInAs = result.getCallerPrincipal().getName();
        if (offered instanceof UsernamePasswordCredential password) {
            passwords.strengthenHash(signedInAs, password.getPasswordAsString());
        }
        request.getSession(true)
                .setMaxInactiveInterval(request.getServletContext().getSessionTimeout() * 60);
        request.changeSessionId();
        VisitorSessions.sessionCookie(
                context.getResponse(),
                request.isSecure()
                        || ForwardedRequests.origin(request, clientAddress)
                                .map(ForwardedOrigin::isSecure)
                                .orElse(false));
        request.getSession()
                .setAttribute(
                        SignedIn.SESSION_KEY,
                        new SignedIn(
                                signedInAs,
                                new HashSet<>(result.getCallerGroups()),
                                accounts.activeCredentialsVersion(signedInAs).orElse(-1)));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        Optional<SignedIn> recent = recentSignIns.recall(header, clock.instant());
        if (recent.isPresent()) {
            return context.notifyContainerAboutLogin(
                    recent.get().username(), recent.get().roles());
        }
        UsernamePasswordCredential credential = basicCredential(header);
        String address = clientAddress.of(request);
        Optional<Instant> held = credential == null
                ? Optional.empty()
                : passwords.heldUntil(credential.getCaller(), address, clock.instant());
        if (held.isPresent()) {
            return heldBack(request, response, held.get());
        }
        CredentialValidationResult result;
        synchronized (recentSignIns.lockFor(header)) {
            // another request with this header may have checked it while this one waited
            recent = recentSignIns.recall(header, clock.instant());
            if (recent.isPresent()) {
                return context.notifyContainerAboutLogin(
                        recent.get().username(), recent.get().roles());
            }
            result = credential == null
                    ? CredentialValidationResult.INVALID_RESULT
                    : passwords.checked(credential.getCaller(), address, credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                passwords.strengthenHash(result.getCallerPrincipal().getName(), credential.getPasswordAsString());
                recentSignIns.remember(
                        header, result.getCallerPrincipal().getName(), result.getCallerGroups(), clock.instant());
            }
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        recentSignIns.forget(header);
        try {
            problems.signInFailed(request, response);
        } catch (IOException unsent) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The account's password changed, or it was deactivated: API clients remembered here with the old one must sign in
     * again (page sessions end by themselves on their next request, see {@link #stillValid}).
     */
    public void credentialsChanged(String username) {
        recentSignIns.forgetUsername(username);
    }

    /** A session that signed in through the page, kept in it with its account's new credentials (its own password change). */
    public static void keepSignedIn(HttpServletRequest request, int credentialsVersion) {
        SignedIn signedIn = signedIn(request);
        if (signedIn != null) {
            request.getSession()
                    .setAttribute(
                            SignedIn.SESSION_KEY,
                            new SignedIn(signedIn.username(), signedIn.roles(), credentialsVersion));
        }
    }

    /** The hub manager lifts a sign-in hold early: this username's password is checked again from now on. */
    public void liftHold(String username) {
        passwords.liftHold(username);
    }

    /** Whether the account is still active with the credentials this session signed in with. */
    private boolean stillValid(SignedIn signedIn) {
        return accounts.activeCredentialsVersion(signedIn.username())
                .filter(version -> version == signedIn.credentialsVersion())
                .isPresent();
    }

    private AuthenticationStatus heldBack(HttpServletRequest request, HttpServletResponse response, Instant until) {
        try {
            problems.signInsHeld(request, response, Duration.between(clock.instant(), until));
        } catch (IOException unsent) {
            response.setStatus(ApiProblems.TOO_MANY_REQUESTS);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential basicCredential(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static SignedIn signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_KEY);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String returnPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
