package community.hub.web.security;

/** The names of {@link community.hub.account.Role}s as annotations and security constraints need them: constants. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String STAFF = "STAFF";
    public static final String TENANT = "TENANT";
    public static final String VOLUNTEER = "VOLUNTEER";

    private Roles() {}
}
