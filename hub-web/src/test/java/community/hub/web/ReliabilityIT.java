package community.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The hub as an operator runs it for years (SPEC §3 invariant 3, §2 Backup, §7), each hub its own process started
 * from the runnable file: a second hub on the same Derby folder says why it cannot start in one line and stops; a
 * backup taken while bookings pour in restores exactly what it held; a hub killed with {@code kill -9} mid-load keeps
 * every booking it acknowledged. The checks run in order on one hub, as its life would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityIT {

    private static final Path DIRECTORY =
            Path.of(System.getProperty("it.dir"), "reliability-" + System.currentTimeMillis());
    private static final int[] PORTS = Arrays.stream(
                    System.getProperty("hub.it.reliabilityPorts").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    private static final Map<String, String> SETTINGS = Map.of("HUB_BACKUP_AT", "off");

    private static HubInstance hub;
    private static HubClient client;
    private static List<Long> rooms;

    @BeforeAll
    static void aHubWithTheDemoData() throws Exception {
        System.setProperty(
                "derby.stream.error.file", DIRECTORY.resolve("derby.log").toString());
        hub = HubInstance.start(DIRECTORY.resolve("hub"), PORTS[0], SETTINGS).ready(Duration.ofMinutes(10));
        client = HubClient.at(PORTS[0]);
        rooms = HubClient.array(client.get("/api/rooms")).getValuesAs(JsonObject.class).stream()
                .filter(room -> !room.getString("slug").equals("cafe"))
                .map(room -> room.getJsonNumber("id").longValue())
                .toList();
    }

    @AfterAll
    static void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> settings = new HashMap<>(SETTINGS);
        settings.put(name, value);
        return settings;
    }

    @Test
    @Order(1)
    void aSecondHubOnTheSameDerbyFolderSaysWhyInOneLineAndStopsUnlessToldToWait() throws Exception {
        String data = DIRECTORY.resolve("hub/data").toString();
        HubInstance stops = HubInstance.start(DIRECTORY.resolve("second"), PORTS[1], with("HUB_DATA_DIR", data));
        HubInstance waits = HubInstance.start(
                DIRECTORY.resolve("third"),
                PORTS[2],
                Map.of("HUB_DATA_DIR", data, "HUB_START_WAIT", "true", "HUB_BACKUP_AT", "off"));
        try {
            assertThat(stops.exitStatus(Duration.ofMinutes(10))).isEqualTo(1);
            assertThat(stops.cannotStartLines())
                    .singleElement()
                    .asString()
                    .contains(
                            "its database did not open",
                            "Another instance of Derby may have already booted the database",
                            data,
                            "It stops now");
            assertThat(stops.log())
                    .as("the one line, not a deployment's stack traces")
                    .doesNotContain("EclipseLink-4002");

            HttpResponse<String> ready = waits.readiness(Duration.ofMinutes(10));
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"");
            assertThat(waits.cannotStartLines())
                    .singleElement()
                    .asString()
                    .contains("Another instance of Derby", "It keeps running and answers /health/ready DOWN");
        } finally {
            stops.close();
            waits.close();
        }
        assertThat(client.get("/health/ready").statusCode())
                .as("the first hub is untouched")
                .isEqualTo(200);
    }

    @Test
    @Order(2)
    void aBackupTakenWhileBookingsPourInRestoresExactlyWhatItHeld() throws Exception {
        List<BookingLoad.Acknowledged> beforeTheBackup;
        long askedAt;
        long listedAt;
        JsonObject backup;
        List<BookingLoad.Acknowledged> acknowledged;
        try (BookingLoad load = BookingLoad.start(client, rooms, loadFrom(0), 16, "Under load")) {
            awaitAcknowledged(load, 100);
            askedAt = System.nanoTime();
            beforeTheBackup = load.acknowledged();
            Instant since = Instant.parse(
                    HubClient.object(client.post("/api/backups", "", "admin")).getString("takingSince"));
            backup = listedOnceComplete(since);
            listedAt = System.nanoTime();
            awaitAcknowledged(load, load.acknowledged().size() + 50);
            load.close();
            acknowledged = load.acknowledged();
        }
        Path folder = Path.of(backup.getString("folder"));
        Map<String, List<String>> held = contents(copyOf(folder.resolve("hub"), DIRECTORY.resolve("backup-as-taken")));

        try (HubInstance restored = HubInstance.start(
                DIRECTORY.resolve("restored"), PORTS[1], with("HUB_RESTORE_FROM", folder.toString()))) {
            restored.ready(Duration.ofMinutes(10));
            assertThat(restored.log()).contains("was restored from the backup " + folder.resolve("hub"));
        }
        Map<String, List<String>> restoredHolds = contents(DIRECTORY.resolve("restored/data/hub"));

        assertThat(restoredHolds.keySet())
                .contains("BOOKING", "OCCURRENCE", "ACCOUNT", "ROOM")
                .isEqualTo(held.keySet());
        restoredHolds.forEach((table, rows) -> assertThat(rows).as(table).isEqualTo(held.get(table)));
        Set<Long> bookings = bookingIds(restoredHolds);
        assertThat(bookings)
                .as("every booking acknowledged before the backup was asked for")
                .containsAll(ids(beforeTheBackup.stream()));
        assertThat(bookings)
                .as("no booking asked for after the backup was listed")
                .doesNotContainAnyElementsOf(ids(acknowledged.stream().filter(booking -> booking.sent() > listedAt)));
        assertThat(ids(acknowledged.stream()))
                .as("no booking of the load the hub did not acknowledge")
                .containsAll(loadBookings(restoredHolds));
        assertThat(acknowledged.stream().filter(booking -> booking.sent() > askedAt && booking.answered() < listedAt))
                .as("bookings went on being acknowledged while the backup was taken")
                .isNotEmpty();
    }

    @Test
    @Order(3)
    void aHubKilledMidLoadKeepsEveryBookingItAcknowledged() throws Exception {
        List<BookingLoad.Acknowledged> acknowledged;
        try (BookingLoad load = BookingLoad.start(client, rooms, loadFrom(20), 16, "Before the crash")) {
            awaitAcknowledged(load, 200);
            hub.kill();
            load.close();
            acknowledged = load.acknowledged();
        }

        hub = HubInstance.start(DIRECTORY.resolve("hub"), PORTS[0], SETTINGS).ready(Duration.ofMinutes(10));
        assertThat(hub.answersBeforeReady())
                .as("while it starts again the hub takes no connection: no server page, no empty 500")
                .isEmpty();

        List<Long> missing = new ArrayList<>();
        for (BookingLoad.Acknowledged booking : acknowledged) {
            if (client.get("/api/bookings/" + booking.id(), "staff", HubClient.DEMO_PASSWORD)
                            .statusCode()
                    != 200) {
                missing.add(booking.id());
            }
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(200);
        assertThat(missing).as("acknowledged with 201, then lost in the crash").isEmpty();
    }

    private static LocalDate loadFrom(int week) {
        return TestDates.inLane(TestDates.Lane.RELIABILITY, week, DayOfWeek.MONDAY, 1);
    }

    private static void awaitAcknowledged(BookingLoad load, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (load.acknowledged().size() < count) {
            assertThat(Instant.now())
                    .as("%d bookings acknowledged within 3 minutes", count)
                    .isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static JsonObject listedOnceComplete(Instant since) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            for (JsonObject backup : HubClient.array(client.get("/api/backups", "admin", HubClient.DEMO_PASSWORD))
                    .getValuesAs(JsonObject.class)) {
                if (!Instant.parse(backup.getString("takenAt")).isBefore(since.minusSeconds(1))) {
                    return backup;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The backup asked for at " + since + " was not listed within 3 minutes");
    }

    private static Set<Long> ids(Stream<BookingLoad.Acknowledged> bookings) {
        return bookings.map(BookingLoad.Acknowledged::id).collect(Collectors.toSet());
    }

    private static Set<Long> bookingIds(Map<String, List<String>> contents) {
        return contents.get("BOOKING").stream()
                .map(row -> Long.parseLong(row.substring(0, row.indexOf('|'))))
                .collect(Collectors.toSet());
    }

    private static Set<Long> loadBookings(Map<String, List<String>> contents) {
        return contents.get("BOOKING").stream()
                .filter(row -> row.contains("|Under load "))
                .map(row -> Long.parseLong(row.substring(0, row.indexOf('|'))))
                .collect(Collectors.toSet());
    }

    /** A copy of a database folder, so that opening it changes nothing in the backup itself. */
    private static Path copyOf(Path database, Path into) throws IOException {
        try (Stream<Path> files = Files.walk(database)) {
            for (Path file : files.toList()) {
                Path copy = into.resolve(database.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return into;
    }

    /** Every row of every table of the hub's schema, as text, in a fixed order: what a database holds. */
    private static Map<String, List<String>> contents(Path database) throws SQLException {
        Map<String, List<String>> contents = new TreeMap<>();
        String url = "jdbc:derby:" + database;
        try (Connection connection = DriverManager.getConnection(url)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, "APP", "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement sql = connection.createStatement();
                        ResultSet all = sql.executeQuery("SELECT * FROM APP.\"" + table + "\"")) {
                    int columns = all.getMetaData().getColumnCount();
                    while (all.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= columns; column++) {
                            Object value = all.getObject(column);
                            if (value instanceof Blob blob) {
                                value = blob.getBytes(1, (int) blob.length());
                            } else if (value instanceof Clob clob) {
                                value = clob.getSubString(1, (int) clob.length());
                            }
                            row.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value))
                                    .append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                contents.put(table, rows);
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException shutDown) {
                // Derby answers a database shut down with an exception
            }
        }
        return contents;
    }
}
