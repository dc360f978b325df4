package community.hub.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in through the sign-in page, kept in their session so pages need not ask again, with their account's
 * credentials version then: when it has changed (a new password, a deactivation), the session ends.
 */
record SignedIn(String username, Set<String> roles, int credentialsVersion) implements Serializable {

    static final String SESSION_KEY = SignedIn.class.getName();
}
