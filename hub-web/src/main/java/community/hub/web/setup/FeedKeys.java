package community.hub.web.setup;

import community.hub.calendar.FeedKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that seals feed tokens: {@code HUB_FEED_KEY} (32 bytes, base64) when set, which every instance of a
 * cluster must share; otherwise a key made on first start and kept beside the embedded database, never in it.
 */
@ApplicationScoped
public class FeedKeys {

    private static final int KEY_BYTES = 32;

    @Inject
    @ConfigProperty(name = "hub.feed.key")
    private Optional<String> configured;

    @Inject
    @ConfigProperty(name = "hub.data.dir", defaultValue = "./data")
    private String dataDir;

    /** A singleton, not a proxy: the key is made or read once, and its class need not be proxyable. */
    @Produces
    @Singleton
    FeedKey feedKey() {
        byte[] key = configured
                .filter(value -> !value.isBlank())
                .map(value -> Base64.getDecoder().decode(value.trim()))
                .orElseGet(this::keptKey);
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("HUB_FEED_KEY must be 32 bytes, base64-encoded");
        }
        return new FeedKey(new SecretKeySpec(key, "AES"));
    }

    private byte[] keptKey() {
        Path file = Path.of(dataDir, "feed.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions protect it
            }
            return key;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read or create the feed key " + file, unreadable);
        }
    }
}
