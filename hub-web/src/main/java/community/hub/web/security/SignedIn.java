package community.hub.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the sign-in page, kept in their session so pages need not ask again. */
record SignedIn(String username, Set<String> roles) implements Serializable {

    static final String SESSION_KEY = SignedIn.class.getName();
}
