package community.hub.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The only place that turns a password into the hash an account keeps, and checks one against it. It needs no
 * transaction: {@link AccountService} stores what it makes in its own.
 */
@ApplicationScoped
public class PasswordHashes {

    /**
     * PBKDF2-HMAC-SHA256 iterations of new hashes: OWASP's recommendation (Password Storage Cheat Sheet, 2023 on).
     * Stored hashes carry their own parameters; one made with fewer is made again at its owner's next sign-in.
     */
    public static final int ITERATIONS = 600_000;

    /** The iterations of the demo accounts' hashes: the hub's old parameters, strengthened at each one's first sign-in. */
    public static final int DEMO_ITERATIONS = 4096;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    /** The parameters new hashes are made with. API clients' sign-ins are remembered a while, so few calls pay this. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "32");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    /** A hash of no one's password, made as every new hash is: checking a password against it costs what a real check does. */
    private String noOnesHash;

    @PostConstruct
    void configure() {
        passwordHash.initialize(PARAMETERS);
        noOnesHash = unusable();
    }

    /** A new hash of this password, with today's parameters. */
    String of(String password) {
        return passwordHash.generate(password.toCharArray());
    }

    /** Whether this is the password the stored hash was made from. */
    public boolean matches(String password, String storedHash) {
        return password != null && passwordHash.verify(password.toCharArray(), storedHash);
    }

    /**
     * Spends on this password what checking it against an account's would cost, for a username no active account has:
     * a sign-in then takes as long whether the username exists or not, so the time taken does not tell. Always false.
     */
    public boolean matchesNobody(String password) {
        passwordHash.verify((password == null ? "" : password).toCharArray(), noOnesHash);
        return false;
    }

    /**
     * Demo data only: a hash of the documented demo password with the cheaper parameters of older hubs
     * ({@link #DEMO_ITERATIONS}), so the demo starts quickly; like any older hash it is made as strong as the others at
     * its first sign-in.
     */
    static String ofDemo(String password) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        try {
            byte[] key = SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, DEMO_ITERATIONS, 256))
                    .getEncoded();
            return stored(DEMO_ITERATIONS, salt, key);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", impossible);
        }
    }

    /** A hash of nothing (random salt and key): no password matches it. */
    static String unusable() {
        byte[] salt = new byte[32];
        byte[] key = new byte[32];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(key);
        return stored(ITERATIONS, salt, key);
    }

    /** Made with weaker parameters than today's, so to be made again at the next sign-in. */
    static boolean isWeak(String storedHash) {
        String[] parts = storedHash.split(":");
        try {
            return parts.length < 2 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }

    /** As {@link Pbkdf2PasswordHash} writes its hashes: algorithm, iterations, salt and key. */
    private static String stored(int iterations, byte[] salt, byte[] key) {
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }
}
