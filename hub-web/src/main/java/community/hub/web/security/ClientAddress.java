package community.hub.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, for counting wrong passwords ({@link SignInLimits}). Behind a reverse proxy every
 * request comes from the proxy: the hub then reads {@code X-Forwarded-For}, but only when the request came from a proxy
 * it is told to trust ({@code hub.proxy.trusted}, {@code HUB_PROXY_TRUSTED}: addresses, comma separated), and only the
 * entries those proxies added (the rightmost one that is not itself a trusted proxy). Anyone else's
 * {@code X-Forwarded-For} is ignored: a client cannot pass itself off as another address.
 */
final class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(String trustedProxies) {
        this.trustedProxies = Arrays.stream(trustedProxies.split(","))
                .map(String::trim)
                .filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the request came straight from a proxy the hub is told to trust. */
    boolean throughTrustedProxy(String remote) {
        return trustedProxies.contains(remote);
    }

    String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String of(String remote, String forwardedFor) {
        if (forwardedFor == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
