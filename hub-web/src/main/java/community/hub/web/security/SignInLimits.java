package community.hub.web.security;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How many wrong passwords the hub takes, and from where. Ten for one username from one client address hold that
 * username there for fifteen minutes; the same person signing in from anywhere else is not held, so a guesser cannot
 * lock anyone out (the hub manager included). One address that keeps guessing, at any usernames, is held as a whole
 * after {@link #FROM_ONE_ADDRESS}; and a username guessed at from many addresses at once is held everywhere after
 * {@link #FROM_EVERYWHERE}, which no single address can reach alone. The address is {@link ClientAddress}'s.
 */
final class SignInLimits {

    static final int FROM_ONE_ADDRESS = 100;
    static final int FROM_EVERYWHERE = 100;
    /** Between a username and an address in a key: no username has it. */
    private static final String AT = "\u0000";

    private final FailedSignIns byUsernameThere = new FailedSignIns(FailedSignIns.MOST_FAILURES);
    private final FailedSignIns byAddress = new FailedSignIns(FROM_ONE_ADDRESS);
    private final FailedSignIns byUsername = new FailedSignIns(FROM_EVERYWHERE);

    /** Until when this username's password is not checked for a client at this address, if it is held now. */
    Optional<Instant> heldUntil(String username, String address, Instant now) {
        return Stream.of(
                        byUsernameThere.heldUntil(username + AT + address, now),
                        byAddress.heldUntil(AT + address, now),
                        byUsername.heldUntil(username, now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    void failed(String username, String address, Instant now) {
        byUsernameThere.failed(username + AT + address, now);
        byAddress.failed(AT + address, now);
        byUsername.failed(username, now);
    }

    /** The right password: this username's counts start again (not the address's, which may be guessing at others). */
    void succeeded(String username, String address) {
        byUsernameThere.succeeded(username + AT + address);
        byUsername.succeeded(username);
    }

    /** The hub manager lifts a hold on a username: from every address. */
    void lift(String username) {
        byUsernameThere.forgetStartingWith(username + AT);
        byUsername.succeeded(username);
    }
}
