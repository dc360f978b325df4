package community.hub.account;

import java.util.logging.Logger;

/**
 * The security events of the hub, one log line each under {@code community.hub.security}: sign-in failures and holds,
 * invitations, password resets and changes, deactivations and the hub's setup. Accounts are named by username or id,
 * never by email address, and no password or link token is ever written.
 */
public final class SecurityEvents {

    private static final Logger LOG = Logger.getLogger("community.hub.security");

    private SecurityEvents() {}

    /** A failed sign-in; the username only when it is an account's (null: none), never what else was typed. */
    public static void signInFailed(String username, String how) {
        LOG.info(() -> "Sign-in failed (" + how + ") for " + who(username) + ".");
    }

    public static void signInsHeld(String username) {
        LOG.warning(
                () -> "Too many failed sign-ins for " + who(username) + ": its password is not checked for a while.");
    }

    public static void holdLifted(String username) {
        LOG.info(() -> "The hub manager lifted the sign-in hold on " + who(username) + ".");
    }

    private static String who(String username) {
        return username == null ? "a username no account has" : "username " + printable(username);
    }

    static void hubSetUp(Account manager) {
        LOG.info(() -> "The hub was set up by its first hub manager, " + manager.getUsername() + " (account "
                + manager.getId() + ").");
    }

    static void invited(Account account) {
        LOG.info(() -> "Invitation sent to account " + account.getId() + " (" + account.getUsername() + ", "
                + account.getRole() + ").");
    }

    static void invitationAccepted(Account account) {
        LOG.info(() -> "Invitation accepted: account " + account.getId() + " (" + account.getUsername()
                + ") chose a password.");
    }

    static void resetAsked(Account account) {
        LOG.info(() -> "Password reset link sent for account " + account.getId() + " (" + account.getUsername() + ").");
    }

    static void resetAskedForNobody() {
        LOG.info("Password reset asked for an unknown username or address: nothing sent.");
    }

    static void passwordReset(Account account) {
        LOG.info(() -> "Password reset with a link: account " + account.getId() + " (" + account.getUsername() + ").");
    }

    static void passwordChanged(Account account) {
        LOG.info(() ->
                "Password changed by its owner: account " + account.getId() + " (" + account.getUsername() + ").");
    }

    static void contactChanged(Account account) {
        LOG.info(() ->
                "Email address changed by its owner: account " + account.getId() + " (" + account.getUsername() + ").");
    }

    static void deactivated(Account account) {
        LOG.info(
                () -> "Account " + account.getId() + " (" + account.getUsername() + ") deactivated; its sessions end.");
    }

    static void reactivated(Account account) {
        LOG.info(() -> "Account " + account.getId() + " (" + account.getUsername() + ") brought back.");
    }

    /** A username as typed, made safe for one log line: no line breaks, no control characters, not too long. */
    static String printable(String username) {
        if (username == null) {
            return "(none)";
        }
        String clean = username.replaceAll("\\p{Cntrl}", "?");
        return "\"" + (clean.length() > 60 ? clean.substring(0, 60) + "\u2026" : clean) + "\"";
    }
}
