package community.hub.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable at the hub: at least {@link #SHORTEST} characters, at most {@link #LONGEST}, and
 * not one of the common passwords shipped with the hub ({@code common-passwords.txt}, compared ignoring case).
 * Nothing else is demanded: no mix of symbols, as current NIST and NCSC advice has it.
 */
public final class PasswordRules {

    public static final int SHORTEST = 10;
    public static final int LONGEST = 128;

    private static final String LIST = "common-passwords.txt";

    /** Why a password is refused, as a key of the validation messages. */
    public enum Problem {
        MISSING("password.required"),
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        COMMON("password.common");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private PasswordRules() {}

    /** What is wrong with this password, or nothing when the hub accepts it. */
    public static Optional<Problem> problemWith(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.MISSING);
        }
        int length = password.codePointCount(0, password.length());
        if (length < SHORTEST) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > LONGEST) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.COMMON);
        }
        return Optional.empty();
    }

    /** How many common passwords the hub knows. */
    static int commonCount() {
        return Common.PASSWORDS.size();
    }

    /** Read once, the first time a password is checked. */
    private static final class Common {
        private static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            Set<String> passwords = new HashSet<>();
            try (InputStream list = PasswordRules.class.getResourceAsStream(LIST);
                    BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            return Set.copyOf(passwords);
        }
    }
}
