package community.hub.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of backups ({@code HUB_BACKUP_DIR}). Each backup is a folder named for the moment it was taken (UTC,
 * e.g. {@code 2026-12-06T023000Z}) holding Derby's copy of the database and a note of when and by whom. A backup is
 * written under a {@code .partial} name and renamed when complete, so the shelf never lists half a backup.
 */
public final class BackupShelf {

    static final String NOTE = "backup.properties";
    private static final String PARTIAL = ".partial";
    private static final DateTimeFormatter NAMES =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{6}Z(-\\d+)?");

    private final Path folder;

    public BackupShelf(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** Every complete backup, newest first. */
    public List<Backup> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry ->
                            NAME.matcher(entry.getFileName().toString()).matches())
                    .filter(entry -> Files.isRegularFile(entry.resolve(NOTE)))
                    .map(BackupShelf::read)
                    .sorted(Comparator.comparing(Backup::takenAt)
                            .reversed()
                            .thenComparing(Backup::name, Comparator.reverseOrder()))
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public Optional<Backup> backup(String name) {
        return backups().stream().filter(backup -> backup.name().equals(name)).findFirst();
    }

    /**
     * Copies the whole database that {@code derby} is connected to, consistent as of one moment, while others go on
     * writing to it (Derby's online backup). Only one backup at a time: the caller sees to that.
     */
    public Backup take(Connection derby, Instant now, Optional<String> takenBy) throws SQLException {
        try {
            Files.createDirectories(folder);
            removeUnfinished();
            String name = freeName(now);
            Path partial = folder.resolve(name + PARTIAL);
            Files.createDirectories(partial);
            try (CallableStatement backup = derby.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, partial.toString());
                backup.execute();
            }
            Properties note = new Properties();
            note.setProperty("takenAt", now.toString());
            takenBy.ifPresent(who -> note.setProperty("takenBy", who));
            try (Writer out = Files.newBufferedWriter(partial.resolve(NOTE))) {
                note.store(out, "A backup of the Community Hub's database");
            }
            Path complete = folder.resolve(name);
            Files.move(partial, complete, StandardCopyOption.ATOMIC_MOVE);
            return read(complete);
        } catch (IOException unwritable) {
            throw new SQLException(
                    "Could not write the backup in " + folder + ": " + unwritable.getMessage(), unwritable);
        }
    }

    /** Removes one backup from the shelf; false if there is none of that name. */
    public boolean remove(String name) {
        if (!NAME.matcher(name).matches()
                || !Files.isRegularFile(folder.resolve(name).resolve(NOTE))) {
            return false;
        }
        delete(folder.resolve(name));
        return true;
    }

    /** Removes the nightly backups the rule does not keep, and says which. */
    public List<Backup> prune(Retention retention) {
        List<Backup> removed =
                retention.toRemove(backups().stream().filter(Backup::nightly).toList());
        removed.forEach(backup -> delete(backup.folder()));
        return removed;
    }

    private String freeName(Instant now) {
        String name = NAMES.format(now);
        for (int n = 2; Files.exists(folder.resolve(name)); n++) {
            name = NAMES.format(now) + "-" + n;
        }
        return name;
    }

    /** What a backup cut short (the hub stopped mid-way) left behind. */
    private void removeUnfinished() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(entry -> entry.getFileName().toString().endsWith(PARTIAL))
                    .forEach(BackupShelf::delete);
        }
    }

    private static Backup read(Path backup) {
        Properties note = new Properties();
        try (Reader in = Files.newBufferedReader(backup.resolve(NOTE))) {
            note.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new Backup(
                backup.getFileName().toString(),
                Instant.parse(note.getProperty("takenAt")),
                size(backup),
                Optional.ofNullable(note.getProperty("takenBy")),
                backup);
    }

    private static long size(Path backup) {
        try (Stream<Path> files = Files.walk(backup)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static void delete(Path tree) {
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException undeletable) {
            throw new UncheckedIOException(undeletable);
        }
    }
}
