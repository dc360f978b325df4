package community.hub.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * API clients send their password with every request, and checking it against its PBKDF2 hash is slow on purpose.
 * A successful check is remembered for a short time, so the same Authorization header is not hashed again on
 * every call. Only successes are remembered, at most {@link #MOST} at once (a Caffeine cache), each until it expires.
 * <p>
 * The key is an HMAC-SHA-256 of the whole header under a random secret made when the hub starts and never
 * stored, so what is kept in memory cannot be used to guess a password offline; the password itself is not kept.
 * <p>
 * In the second half of its time an entry is renewed: the first request to meet it there is checked against the hash
 * again (and remembered afresh) while the others keep being recalled. Without that, every client sending the header
 * at once would miss together when the entry expired and all hash at once, stalling the hub for seconds under load.
 * <p>
 * The price, accepted for the API: for up to the remembered time after an account is deactivated, its password
 * changed or its role changed, a client still sending the old header is let in as before. Pages are not affected:
 * they sign in once per session.
 */
final class RecentSignIns {

    /** How many successful sign-ins are remembered at most; beyond that, the cache lets the least useful go. */
    static final int MOST = 10_000;

    private final Duration remembered;
    private final Cache<String, Remembered> entries;
    private final Cache<String, Object> locks =
            Caffeine.newBuilder().weakValues().build();
    private final SecretKeySpec secret;

    private record Remembered(SignedIn who, Instant renewFrom, Instant until, AtomicBoolean renewing) {}

    RecentSignIns(Duration remembered) {
        this.remembered = remembered;
        this.entries = Caffeine.newBuilder()
                .maximumSize(MOST)
                .expireAfterWrite(isOn() ? remembered : Duration.ZERO)
                .build();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, "HmacSHA256");
    }

    boolean isOn() {
        return !remembered.isZero() && !remembered.isNegative();
    }

    /**
     * Who this exact header signed in as, if it did so successfully within the remembered time; empty when it must be
     * checked again, including for the one caller chosen to renew an entry in the second half of its time.
     */
    Optional<SignedIn> recall(String header, Instant now) {
        if (!isOn()) {
            return Optional.empty();
        }
        String key = key(header);
        Remembered entry = entries.getIfPresent(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.until())) {
            entries.asMap().remove(key, entry);
            return Optional.empty();
        }
        if (!now.isBefore(entry.renewFrom()) && entry.renewing().compareAndSet(false, true)) {
            return Optional.empty();
        }
        return Optional.of(entry.who());
    }

    /** Remembers a header that has just signed in successfully. */
    void remember(String header, String username, Set<String> roles, Instant now) {
        if (!isOn()) {
            return;
        }
        entries.put(
                key(header),
                new Remembered(
                        new SignedIn(username, Set.copyOf(roles), 0),
                        now.plus(remembered.dividedBy(2)),
                        now.plus(remembered),
                        new AtomicBoolean()));
    }

    /** Forgets every header of this username: its password has just been changed here, or its account closed. */
    void forgetUsername(String username) {
        entries.asMap().values().removeIf(entry -> entry.who().username().equals(username));
    }

    /** One lock per header, so that many requests arriving at once with a new header hash its password once, not each. */
    Object lockFor(String header) {
        return locks.get(key(header), key -> new Object());
    }

    /** Forgets a header whose check has just failed: its password was changed, or its account closed. */
    void forget(String header) {
        if (isOn()) {
            entries.invalidate(key(header));
        }
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private String key(String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return Base64.getEncoder().encodeToString(mac.doFinal(header.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
