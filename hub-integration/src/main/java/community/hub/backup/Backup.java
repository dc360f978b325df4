package community.hub.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One backup on the shelf: the whole database as it was at one moment, in a folder of its own. A backup taken by a
 * person names them; the nightly ones name nobody and are the only ones the hub removes by itself.
 */
public record Backup(String name, Instant takenAt, long sizeBytes, Optional<String> takenBy, Path folder) {

    public boolean nightly() {
        return takenBy.isEmpty();
    }
}
