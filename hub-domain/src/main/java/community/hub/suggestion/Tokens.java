package community.hub.suggestion;

import java.security.SecureRandom;
import java.util.Base64;

/** Random tokens for the links in the hub's emails about ideas: 256 bits, URL-safe. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    static String next() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** What is kept of a confirmation token: its SHA-256, which cannot be used as a link. */
    static String hash(String token) {
        return SuggestionRules.sha256(token);
    }

    /** Whether a token from a link could be one of ours: anything else is not looked up. */
    static boolean plausible(String token) {
        return token != null && token.length() >= 20 && token.length() <= 64 && token.matches("[A-Za-z0-9_-]+");
    }
}
