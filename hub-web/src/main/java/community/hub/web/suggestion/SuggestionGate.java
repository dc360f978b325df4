package community.hub.web.suggestion;

import community.hub.mail.SuggestionLinks;
import community.hub.suggestion.RecentSenders;
import community.hub.web.setup.HubAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where residents' ideas and supports come in, from the page and the API alike: each network address sends at most
 * {@code hub.suggestions.perNetworkAddressPerHour} an hour (counted in memory, never stored), and the links in the
 * emails they cause point at the address people reach the hub at.
 */
@ApplicationScoped
public class SuggestionGate {

    @Inject
    @ConfigProperty(name = "hub.suggestions.perNetworkAddressPerHour", defaultValue = "100")
    private int perHour;

    @Inject
    private HubAddress address;

    @Inject
    private Clock clock;

    private RecentSenders senders;

    @PostConstruct
    void start() {
        senders = new RecentSenders(perHour);
    }

    /** Counts one idea or support from this request's sender, or refuses it (429) when they have sent enough lately. */
    public void count(HttpServletRequest request) {
        senders.count(request.getRemoteAddr(), clock.instant());
    }

    public SuggestionLinks links(HttpServletRequest request) {
        return new SuggestionLinks(address.base(request));
    }
}
