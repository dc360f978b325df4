package community.hub.web.setup;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Every setting the hub reads, checked at start before anything uses one ({@link HubStartup}): a mistyped value stops
 * the start with one line naming the setting and what it expects, where it would otherwise let the hub start and fail
 * later (a nightly backup that never prunes, an email that never goes) or be read as something else ({@code maybe} as
 * false). The words are for the server's operator, in the log's language.
 */
public final class StartSettings {

    private static final Pattern ADDRESS =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final int FEED_KEY_BYTES = 32;

    private record Setting(String name, Predicate<String> valid, String expects, boolean secret) {

        Setting(String name, Predicate<String> valid, String expects) {
            this(name, valid, expects, false);
        }

        String variable() {
            return name.toUpperCase(Locale.ROOT).replace('.', '_');
        }

        /** A secret (a key, a database address that may hold a password) is never written to the log. */
        String wrong(String value) {
            return variable() + (secret ? " is set" : " is \"" + value + "\"") + " but should be " + expects;
        }
    }

    private static final List<Setting> SETTINGS = List.of(
            whole("hub.port", 1, 65_535, "a port number from 1 to 65535"),
            new Setting("hub.public.url", StartSettings::isWebAddress, "an address like https://hub.example.org"),
            new Setting(
                    "hub.feed.key",
                    StartSettings::isFeedKey,
                    "32 bytes in base64, such as the output of: head -c 32 /dev/urandom | base64",
                    true),
            new Setting(
                    "hub.proxy.trusted",
                    StartSettings::areAddresses,
                    "network addresses separated by commas, like 127.0.0.1 (names are not looked up)"),
            new Setting(
                    "hub.db.url",
                    value -> value.strip().startsWith("jdbc:postgresql:"),
                    "an address like jdbc:postgresql://db.example:5432/hub",
                    true),
            trueOrFalse("hub.demo.data"),
            trueOrFalse("hub.start.wait"),
            whole("hub.api.signInMemorySeconds", 0, Integer.MAX_VALUE, "a whole number of seconds, 0 or more"),
            whole("hub.charges.cancellationCutOffHours", 0, Integer.MAX_VALUE, "a whole number of hours, 0 or more"),
            whole("hub.suggestions.perNetworkAddressPerHour", 1, Integer.MAX_VALUE, "a whole number, 1 or more"),
            whole("hub.mail.port", 1, 65_535, "a port number from 1 to 65535"),
            new Setting(
                    "hub.mail.from",
                    StartSettings::isEmailAddress,
                    "an email address like " + "Hub <bookings@hub.example>"),
            new Setting(
                    "hub.mail.replyTo", StartSettings::isEmailAddress, "an email address like coordinator@hub.example"),
            trueOrFalse("hub.mail.startTls"),
            whole("hub.mail.retrySeconds", 1, Integer.MAX_VALUE, "a whole number of seconds, 1 or more"),
            whole("hub.mail.maxAttempts", 1, Integer.MAX_VALUE, "a whole number, 1 or more"),
            whole("hub.mail.timeoutSeconds", 1, Integer.MAX_VALUE, "a whole number of seconds, 1 or more"),
            new Setting("hub.backup.at", StartSettings::isTimeOrOff, "a time of day like 02:30, or off"),
            whole("hub.backup.keepDays", 1, Integer.MAX_VALUE, "a whole number of days, 1 or more"),
            whole("hub.backup.keepWeeks", 0, Integer.MAX_VALUE, "a whole number of weeks, 0 or more"));

    private StartSettings() {}

    /** Stops the start, all that is wrong said in one sentence, if any setting is not what it should be. */
    static void check(Config config) {
        List<String> problems = problems(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems) + ".");
        }
    }

    /** What is wrong with the settings, one clause for each setting that is; none when all are right. */
    static List<String> problems(Function<String, Optional<String>> values) {
        return SETTINGS.stream()
                .flatMap(setting -> values
                        .apply(setting.name())
                        .filter(value -> !value.isBlank() && !setting.valid().test(value))
                        .map(setting::wrong)
                        .stream())
                .toList();
    }

    private static Setting whole(String name, long least, long most, String expects) {
        return new Setting(
                name,
                value -> {
                    try {
                        long number = Long.parseLong(value.strip());
                        return number >= least && number <= most;
                    } catch (NumberFormatException notWhole) {
                        return false;
                    }
                },
                expects);
    }

    private static Setting trueOrFalse(String name) {
        return new Setting(
                name,
                value -> value.strip().equalsIgnoreCase("true") || value.strip().equalsIgnoreCase("false"),
                "true or false");
    }

    private static boolean isWebAddress(String value) {
        try {
            URI address = new URI(value.strip());
            return ("http".equals(address.getScheme()) || "https".equals(address.getScheme()))
                    && address.getHost() != null
                    && address.getQuery() == null
                    && address.getFragment() == null;
        } catch (java.net.URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static boolean isFeedKey(String value) {
        try {
            return Base64.getDecoder().decode(value.strip()).length == FEED_KEY_BYTES;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static boolean areAddresses(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .allMatch(address -> ADDRESS.matcher(address).matches());
    }

    private static boolean isEmailAddress(String value) {
        try {
            new InternetAddress(value.strip(), true).validate();
            return true;
        } catch (AddressException notAnAddress) {
            return false;
        }
    }

    private static boolean isTimeOrOff(String value) {
        if (value.strip().equalsIgnoreCase("off")) {
            return true;
        }
        try {
            LocalTime.parse(value.strip());
            return true;
        } catch (java.time.format.DateTimeParseException notATime) {
            return false;
        }
    }
}
