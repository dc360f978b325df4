package community.hub.web.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scheme, host and port people reached the hub at, as a reverse proxy in front says it in {@code Forwarded}
 * (RFC 7239: {@code proto=} and {@code host=}) or, without that header, in {@code X-Forwarded-Proto} and
 * {@code X-Forwarded-Host}. Of several values the last one is taken: the one the proxy nearest the hub added (as
 * {@link ClientAddress} does). Anything not plainly a scheme of the web or a host name is ignored, not guessed at.
 * Whether to believe the proxy at all is {@link ForwardedRequests}' question.
 */
record ForwardedOrigin(String scheme, String host, int port) {

    private static final Pattern HOST = Pattern.compile(
            "([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}])(?::(\\d{1,5}))?");

    /**
     * What the proxy said, over what the request itself says ({@code scheme}, {@code hostHeader}): empty when it said
     * nothing the hub can use.
     */
    static Optional<ForwardedOrigin> of(
            String forwarded, String forwardedProto, String forwardedHost, String scheme, String hostHeader) {
        String proto = forwarded != null ? parameter(forwarded, "proto") : last(forwardedProto);
        String host = forwarded != null ? parameter(forwarded, "host") : last(forwardedHost);
        if (proto == null && host == null) {
            return Optional.empty();
        }
        String publicScheme = proto == null ? scheme : proto.toLowerCase(Locale.ROOT);
        if (!publicScheme.equals("http") && !publicScheme.equals("https")) {
            return Optional.empty();
        }
        Matcher address =
                HOST.matcher(host == null ? Optional.ofNullable(hostHeader).orElse("") : host);
        if (!address.matches()) {
            return Optional.empty();
        }
        int port =
                address.group(2) != null ? Integer.parseInt(address.group(2)) : publicScheme.equals("https") ? 443 : 80;
        if (port < 1 || port > 65535) {
            return Optional.empty();
        }
        return Optional.of(new ForwardedOrigin(publicScheme, address.group(1).toLowerCase(Locale.ROOT), port));
    }

    /** Whether the port is the scheme's own, which an address leaves out. */
    boolean usualPort() {
        return scheme.equals("https") ? port == 443 : port == 80;
    }

    /** The origin as an address starts: {@code https://hub.example.org}, with the port only when it is not the usual. */
    String address() {
        return scheme + "://" + host + (usualPort() ? "" : ":" + port);
    }

    boolean isSecure() {
        return scheme.equals("https");
    }

    /** A parameter of the last element of a {@code Forwarded} header, its quotes taken off; null when it has none. */
    private static String parameter(String forwarded, String name) {
        String[] elements = forwarded.split(",");
        if (elements.length == 0) {
            return null;
        }
        for (String pair : elements[elements.length - 1].split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).trim().equalsIgnoreCase(name)) {
                String value = pair.substring(equals + 1).trim();
                return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1)
                        : value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static String last(String values) {
        if (values == null) {
            return null;
        }
        String[] each = values.split(",");
        if (each.length == 0) {
            return null;
        }
        String value = each[each.length - 1].trim();
        return value.isEmpty() ? null : value;
    }
}
