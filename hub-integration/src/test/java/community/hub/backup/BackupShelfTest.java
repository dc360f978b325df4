package community.hub.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a real embedded Derby database taken while it is open, and a database brought back to one. */
class BackupShelfTest {

    @TempDir
    static Path directory;

    private static EmbeddedDataSource database;

    @BeforeAll
    static void aDatabaseWithSomeRows() throws SQLException {
        System.setProperty(
                "derby.stream.error.file", directory.resolve("derby.log").toString());
        database = new EmbeddedDataSource();
        database.setDatabaseName(directory.resolve("data/hub").toString());
        database.setCreateDatabase("create");
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE booking (id INT PRIMARY KEY, title VARCHAR(100))");
            sql.execute("INSERT INTO booking VALUES (1, 'Food bank'), (2, 'Youth club')");
        }
    }

    private static List<String> titles(Connection connection) throws SQLException {
        List<String> titles = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT title FROM booking ORDER BY id")) {
            while (rows.next()) {
                titles.add(rows.getString(1));
            }
        }
        return titles;
    }

    @Test
    void aBackupIsListedWithItsTimeSizeAndWhoTookItAndRestoresExactlyWhatItHeld() throws Exception {
        BackupShelf shelf = new BackupShelf(directory.resolve("backups"));
        Instant at = Instant.parse("2026-12-06T02:30:00Z");
        Backup backup;
        try (Connection open = database.getConnection()) {
            backup = shelf.take(open, at, Optional.of("admin"));
            try (Statement sql = open.createStatement()) {
                sql.execute("INSERT INTO booking VALUES (3, 'After the backup')");
            }
        }

        assertThat(backup.name()).isEqualTo("2026-12-06T023000Z");
        assertThat(backup.takenAt()).isEqualTo(at);
        assertThat(backup.takenBy()).contains("admin");
        assertThat(backup.sizeBytes()).isGreaterThan(100_000);
        assertThat(shelf.backups()).containsExactly(backup);

        Path restored = directory.resolve("elsewhere/hub");
        Optional<Path> copy = RestoreOption.pending(restored, backup.folder().toString());
        assertThat(copy).contains(backup.folder().resolve("hub"));
        try (Connection connection = DriverManager.getConnection(RestoreOption.url(restored, copy.orElseThrow()))) {
            assertThat(titles(connection)).containsExactly("Food bank", "Youth club");
        }
        RestoreOption.done(restored, copy.orElseThrow());
        assertThat(RestoreOption.pending(restored, backup.folder().toString()))
                .as("done once only")
                .isEmpty();
        assertThat(RestoreOption.pending(restored, copy.orElseThrow().toString()))
                .isEmpty();
    }

    @Test
    void aFolderThatHoldsNoBackupIsRefusedAsARestore() {
        assertThatThrownBy(() -> RestoreOption.pending(directory.resolve("other/hub"), directory.toString()))
                .hasMessageContaining("HUB_RESTORE_FROM names no backup");
    }

    @Test
    void anUnfinishedBackupIsNeverListedAndOnlyNightlyOnesArePruned() throws Exception {
        BackupShelf shelf = new BackupShelf(directory.resolve("pruned"));
        try (Connection open = database.getConnection()) {
            shelf.take(open, Instant.parse("2026-11-01T02:30:00Z"), Optional.empty());
            shelf.take(open, Instant.parse("2026-11-02T02:30:00Z"), Optional.empty());
            shelf.take(open, Instant.parse("2026-11-01T14:00:00Z"), Optional.of("admin"));
        }
        Files.createDirectories(directory.resolve("pruned/2026-11-03T023000Z.partial/hub"));

        assertThat(shelf.backups())
                .extracting(Backup::name)
                .containsExactly("2026-11-02T023000Z", "2026-11-01T140000Z", "2026-11-01T023000Z");
        assertThat(shelf.prune(new Retention(1, 0))).extracting(Backup::name).containsExactly("2026-11-01T023000Z");
        assertThat(shelf.backups())
                .extracting(Backup::name)
                .containsExactly("2026-11-02T023000Z", "2026-11-01T140000Z");
        assertThat(shelf.remove("../data")).isFalse();
        assertThat(shelf.remove("2026-11-01T140000Z")).isTrue();
        assertThat(shelf.backups()).extracting(Backup::name).containsExactly("2026-11-02T023000Z");
    }
}
