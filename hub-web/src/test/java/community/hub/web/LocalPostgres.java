package community.hub.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the tests' own, made from Debian's PostgreSQL programs in a new folder under {@code /tmp}, on
 * a port Maven reserved, with one empty database {@code hub} that anyone on this machine may open as {@code hub}.
 * PostgreSQL will not run as root, so under root (as in CI) its programs run as the {@code postgres} account that
 * Debian's package makes; {@code /tmp}, unlike a checkout under a home folder, is a place that account can reach.
 * Closing it stops the server and removes the folder.
 */
final class LocalPostgres implements AutoCloseable {

    static final String USER = "hub";

    private final Path programs;
    private final Path directory;
    private final int port;

    private LocalPostgres(Path programs, Path directory, int port) {
        this.programs = programs;
        this.directory = directory;
        this.port = port;
    }

    static LocalPostgres start(int port) throws IOException, InterruptedException, SQLException {
        Path directory = Files.createTempDirectory(Path.of("/tmp"), "hub-postgres-");
        LocalPostgres server = new LocalPostgres(programs(), directory, port);
        if (asRoot()) {
            UserPrincipal postgres =
                    directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(directory, postgres);
        }
        server.run(
                "initdb",
                "-D",
                directory.resolve("data").toString(),
                "-U",
                USER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync");
        server.run(
                "pg_ctl",
                "-D",
                directory.resolve("data").toString(),
                "-l",
                directory.resolve("server.log").toString(),
                "-w",
                "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1",
                "start");
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE hub");
        }
        return server;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/hub";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("pg_ctl", "-D", directory.resolve("data").toString(), "-m", "fast", "-w", "stop");
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The newest PostgreSQL that Debian's packages installed. */
    private static Path programs() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin ->
                            Integer.parseInt(bin.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException(
                            "No PostgreSQL under /usr/lib/postgresql: install Debian's postgresql"));
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(programs.resolve(program).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        directory.resolve(program + ".out").toFile()))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(program + " failed: see " + directory.resolve(program + ".out"));
        }
    }
}
