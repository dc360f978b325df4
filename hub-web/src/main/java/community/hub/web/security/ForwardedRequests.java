package community.hub.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Behind a reverse proxy the hub is reached at the proxy's address (say {@code https://hub.example.org}) while the
 * request it gets says {@code http://127.0.0.1:8080}. For a request from a proxy it is told to trust
 * ({@code hub.proxy.trusted}, as for {@link ClientAddress}) this filter has the request answer with the public scheme,
 * host and port the proxy forwarded ({@link ForwardedOrigin}), so every link the hub writes from the request (feed
 * addresses, invitation and reset links in emails, {@code Location} headers; see
 * {@link community.hub.web.setup.HubAddress}) points where people can follow it. From anyone else those headers are
 * ignored: a client cannot make the hub write links to a host of its choosing. Grizzly's own {@code scheme-mapping}
 * would believe the header from anyone, and knows no host. Redirects stay relative (glassfish-web.xml), so the sign-in
 * redirect Jakarta Security sends before any filter runs also lands on the public address.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class ForwardedRequests extends HttpFilter {

    @Inject
    @ConfigProperty(name = "hub.proxy.trusted")
    private Optional<String> trustedProxies;

    private transient ClientAddress proxies;

    @Override
    public void init() {
        proxies = new ClientAddress(trustedProxies.orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<ForwardedOrigin> origin = origin(request, proxies);
        chain.doFilter(
                origin.<HttpServletRequest>map(o -> new Forwarded(request, o, response))
                        .orElse(request),
                response);
    }

    /** Where people reached the hub, if a proxy the hub trusts passed the request on and said so. */
    static Optional<ForwardedOrigin> origin(HttpServletRequest request, ClientAddress proxies) {
        return proxies.throughTrustedProxy(request.getRemoteAddr())
                ? ForwardedOrigin.of(
                        request.getHeader("Forwarded"),
                        request.getHeader("X-Forwarded-Proto"),
                        request.getHeader("X-Forwarded-Host"),
                        request.getScheme(),
                        request.getHeader("Host"))
                : Optional.empty();
    }

    /** The request as people made it, at the proxy's public address. */
    private static final class Forwarded extends HttpServletRequestWrapper {

        private final ForwardedOrigin origin;
        private final HttpServletResponse response;

        Forwarded(HttpServletRequest request, ForwardedOrigin origin, HttpServletResponse response) {
            super(request);
            this.origin = origin;
            this.response = response;
        }

        /** A session made over https has a cookie only https carries, as one made at sign-in has (HubAuthentication). */
        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (session != null && session.isNew()) {
                VisitorSessions.sessionCookie(response, isSecure());
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String getScheme() {
            return origin.scheme();
        }

        @Override
        public boolean isSecure() {
            return origin.isSecure();
        }

        @Override
        public String getServerName() {
            return origin.host();
        }

        @Override
        public int getServerPort() {
            return origin.port();
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(origin.address()).append(getRequestURI());
        }
    }
}
