package community.hub.web.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach the hub at, for links the hub writes into its log and its emails: {@code hub.public.url}
 * ({@code HUB_PUBLIC_URL}) when set, else the address the request came to (behind a trusted reverse proxy, the public
 * address it forwarded: {@link community.hub.web.security.ForwardedRequests}), else {@code http://localhost:HUB_PORT}.
 * Every link the hub writes for people to follow (feed addresses, webcal and calendar-app links, invitation and reset
 * links in emails) starts here.
 */
@ApplicationScoped
public class HubAddress {

    @Inject
    @ConfigProperty(name = "hub.public.url")
    private Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "hub.port", defaultValue = "8080")
    private int port;

    /** The hub's address with no request to go by (at start). */
    public String base() {
        return configured().orElse("http://localhost:" + port);
    }

    /** The hub's address as seen by the person making this request, unless one is configured. */
    public String base(HttpServletRequest request) {
        return configured().orElseGet(() -> {
            String scheme = request.getScheme();
            int requestPort = request.getServerPort();
            boolean usualPort =
                    "http".equals(scheme) && requestPort == 80 || "https".equals(scheme) && requestPort == 443;
            return scheme + "://" + request.getServerName() + (usualPort ? "" : ":" + requestPort)
                    + request.getContextPath();
        });
    }

    private Optional<String> configured() {
        return publicUrl
                .map(String::trim)
                .filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
