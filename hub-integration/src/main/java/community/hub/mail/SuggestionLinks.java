package community.hub.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The links in the hub's emails about ideas, at the address people reach the hub at.
 *
 * @param base the hub's address, without a trailing slash
 */
public record SuggestionLinks(String base) {

    /** Where a supporter confirms their address. */
    public String confirm(String token) {
        return base + "/ideas/confirm.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** Where anyone who got an email asks for their address to be forgotten. */
    public String forget(String token) {
        return base + "/ideas/forget.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The idea on the public list. */
    public String idea(long id) {
        return base + "/ideas/index.xhtml#idea-" + id;
    }
}
