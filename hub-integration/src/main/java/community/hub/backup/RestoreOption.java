package community.hub.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The start option that brings a hub back to a backup ({@code HUB_RESTORE_FROM}, a backup's folder): Derby replaces
 * the database with the backup's copy as it opens it ({@code restoreFrom}). Done once: a note beside the database
 * ({@code hub.restored-from}) remembers which backup it came from, so a restart with the option still set (a service
 * manager restarting the hub, say) does not throw away what was done since.
 */
public final class RestoreOption {

    private RestoreOption() {}

    /** The backup's copy of the database to restore {@code database} from, or none if that restore is already done. */
    public static Optional<Path> pending(Path database, String restoreFrom) throws SQLException {
        Path copy = copyIn(
                Path.of(restoreFrom).toAbsolutePath().normalize(),
                database.getFileName().toString());
        Path note = note(database);
        try {
            if (Files.isDirectory(database)
                    && Files.isRegularFile(note)
                    && Files.readString(note, StandardCharsets.UTF_8).strip().equals(copy.toString())) {
                return Optional.empty();
            }
        } catch (IOException unreadable) {
            throw new SQLException("Could not read " + note + ": " + unreadable.getMessage(), unreadable);
        }
        return Optional.of(copy);
    }

    /** The connection URL that opens {@code database} restored from {@code copy}. */
    public static String url(Path database, Path copy) {
        return "jdbc:derby:" + database + ";restoreFrom=" + copy;
    }

    /** Notes that {@code database} now holds the backup's copy. */
    public static void done(Path database, Path copy) throws SQLException {
        try {
            Files.writeString(note(database), copy + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
            throw new SQLException(
                    "Restored, but could not write " + note(database) + ": " + unwritable.getMessage(), unwritable);
        }
    }

    /** A backup's folder as listed (holding the database's copy under the database's own name), or that copy itself. */
    private static Path copyIn(Path given, String databaseName) throws SQLException {
        if (Files.isRegularFile(given.resolve("service.properties"))) {
            return given;
        }
        if (Files.isRegularFile(given.resolve(databaseName).resolve("service.properties"))) {
            return given.resolve(databaseName);
        }
        throw new SQLException("HUB_RESTORE_FROM names no backup of the hub's database: " + given);
    }

    private static Path note(Path database) {
        return database.resolveSibling(database.getFileName() + ".restored-from");
    }
}
