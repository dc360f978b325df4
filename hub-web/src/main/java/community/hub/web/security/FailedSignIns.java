package community.hub.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Guessing passwords is made slow: after {@link #MOST_FAILURES} (or the given number of) failed sign-ins for one key
 * within {@link #WINDOW}, that key's password is not checked again for {@link #HOLD}, on the sign-in page or the API.
 * The key is a username, or what {@link SignInLimits} makes of a username and the client's address. Counted whether or
 * not the account exists, so a hold tells nobody which usernames are real. An API client already signed in with the
 * same header keeps working (RecentSignIns), so a hold put on by someone else's guessing stops no running integration.
 * At most {@link #MOST_USERNAMES} keys are tracked.
 */
final class FailedSignIns {

    static final int MOST_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration HOLD = Duration.ofMinutes(15);
    private static final int MOST_USERNAMES = 100_000;

    private record Failures(int count, Instant firstAt, Instant heldUntil) {}

    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .maximumSize(MOST_USERNAMES)
            .expireAfterWrite(WINDOW.plus(HOLD))
            .build();

    private final int mostFailures;

    FailedSignIns() {
        this(MOST_FAILURES);
    }

    FailedSignIns(int mostFailures) {
        this.mostFailures = mostFailures;
    }

    /** Until when this username's password is not being checked, if it is held now. */
    Optional<Instant> heldUntil(String username, Instant now) {
        Failures known = failures.getIfPresent(key(username));
        return known == null || known.heldUntil() == null || !now.isBefore(known.heldUntil())
                ? Optional.empty()
                : Optional.of(known.heldUntil());
    }

    /** A wrong password (or no such account): counted, and the username held once there have been too many. */
    void failed(String username, Instant now) {
        failures.asMap().compute(key(username), (key, known) -> {
            boolean counting = known != null && now.isBefore(known.firstAt().plus(WINDOW)) && known.heldUntil() == null;
            int count = counting ? known.count() + 1 : 1;
            Instant firstAt = counting ? known.firstAt() : now;
            return new Failures(count, firstAt, count >= mostFailures ? now.plus(HOLD) : null);
        });
    }

    /** The right password: the count starts again. */
    void succeeded(String username) {
        failures.invalidate(key(username));
    }

    /** Every key that starts so forgotten: a hold lifted for a username, from whichever address. */
    void forgetStartingWith(String start) {
        String prefix = key(start);
        failures.asMap().keySet().removeIf(known -> known.startsWith(prefix));
    }

    /** A wait in whole minutes for people to read, rounded up: never "0 minutes". */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
