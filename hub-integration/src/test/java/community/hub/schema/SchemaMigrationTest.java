package community.hub.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrations against a real embedded Derby database, as the hub runs them at start. */
class SchemaMigrationTest {

    @TempDir
    static Path directory;

    private static EmbeddedDataSource database;

    @BeforeAll
    static void freshDatabase() {
        System.setProperty(
                "derby.stream.error.file", directory.resolve("derby.log").toString());
        database = new EmbeddedDataSource();
        database.setDatabaseName(directory.resolve("hub").toString());
        database.setCreateDatabase("create");
        SchemaMigration.migrate(database);
    }

    @Test
    void migratingAgainAppliesNothing() {
        assertThat(SchemaMigration.migrate(database)).isZero();
    }

    @Test
    void theSchemaHoldsRoomsOrganisationsAndAccounts() throws SQLException {
        try (Connection connection = database.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase());
            }
            assertThat(names)
                    .contains(
                            "room",
                            "room_feature",
                            "room_opening_hours",
                            "organisation",
                            "account",
                            "closure",
                            "booking",
                            "booking_audience",
                            "occurrence",
                            "booking_change",
                            "rota_settings",
                            "rota_member",
                            "rota_member_role",
                            "rota_member_delivery",
                            "rota_availability",
                            "rota_time_away",
                            "rota_pattern_shift",
                            "rota_pattern_place",
                            "rota_week",
                            "rota_shift",
                            "rota_shift_place",
                            "rota_assignment",
                            "rota_change",
                            "rota_swap",
                            "rota_event_place",
                            "rota_left_place");
        }
    }

    @Test
    void aCafeMemberHasAnEmailAddressOfTheirOwnAndTheDayTheyLeftTheTeam() throws SQLException {
        try (Connection connection = database.getConnection();
                ResultSet columns = connection.getMetaData().getColumns(null, null, "ROTA_MEMBER", "%")) {
            List<String> names = new ArrayList<>();
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME").toLowerCase());
            }
            assertThat(names).contains("email", "left_on", "active");
        }
    }

    @Test
    void aBookingContinuingASeriesKeepsTheDateItContinuesFrom() throws SQLException {
        try (Connection connection = database.getConnection();
                ResultSet columns = connection.getMetaData().getColumns(null, null, "BOOKING", "CONTINUES_FROM")) {
            assertThat(columns.next()).isTrue();
            assertThat(columns.getString("TYPE_NAME")).isEqualTo("DATE");
            assertThat(columns.getString("IS_NULLABLE")).isEqualTo("YES");
        }
    }

    @Test
    void theCafeStartsWithOneJobCoachToTwoMembersAndKeepsOneRowOfSettings() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet settings = statement.executeQuery("select id, members_per_job_coach from rota_settings")) {
            assertThat(settings.next()).isTrue();
            assertThat(settings.getInt("members_per_job_coach")).isEqualTo(2);
            assertThat(settings.next()).isFalse();
            assertThatThrownBy(() -> statement.executeUpdate(
                            "insert into rota_settings (id, members_per_job_coach, version) values (2, 3, 0)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ROTA_SETTINGS_ONE_ROW");
        }
    }

    @Test
    void anEventInTheCafeGetsASupervisorAndSomeoneOnFrontOfHouseToBeginWith() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet places = statement.executeQuery(
                        "select cafe_role, places from rota_event_place where settings_id = 1 order by cafe_role")) {
            List<String> usual = new ArrayList<>();
            while (places.next()) {
                usual.add(places.getString("cafe_role") + " " + places.getInt("places"));
            }
            assertThat(usual).containsExactly("FRONT_OF_HOUSE 1", "SUPERVISOR_JOB_COACH 1");
            assertThatThrownBy(() -> statement.executeUpdate(
                            "insert into rota_event_place (settings_id, cafe_role, places) values (1, 'KITCHEN', 0)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ROTA_EVENT_PLACE_POSITIVE");
        }
    }

    @Test
    void theDatabaseItselfRefusesOneMemberTwiceOnOneShift() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "insert into rota_member (name, maximum_minutes, needs_job_coach, prefers_same_shifts, active, version) "
                            + "values ('Twice', 480, false, false, true, 0)");
            statement.executeUpdate(
                    "insert into rota_week (week_start, published, version) values ('2030-01-07', false, 0)");
            statement.executeUpdate(
                    "insert into rota_shift (week_id, shift_key, shift_date, start_time, end_time, extra, closed) "
                            + "select id, '2030-01-07T08:30', '2030-01-07', '08:30:00', '12:30:00', false, false from rota_week "
                            + "where week_start = '2030-01-07'");
            String place =
                    "insert into rota_assignment (shift_id, member_id, cafe_role, locked) select s.id, m.id, '%s', false "
                            + "from rota_shift s, rota_member m where s.shift_key = '2030-01-07T08:30' and m.name = 'Twice'";
            statement.executeUpdate(place.formatted("BARISTA"));
            assertThatThrownBy(() -> statement.executeUpdate(place.formatted("KITCHEN")))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ROTA_ASSIGNMENT_ONCE_PER_SHIFT");
        }
    }

    @Test
    void theDatabaseItselfRefusesATenantWithoutAnOrganisation() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                            "insert into account (username, display_name, password_hash, account_role, active, version) "
                                    + "values ('orphan', 'Orphan', 'x', 'TENANT', true, 0)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ACCOUNT_TENANT_HAS_ORGANISATION");
        }
    }

    @Test
    void theDatabaseItselfRefusesTwoRoomsWithOneSlug() throws SQLException {
        String insert = "insert into room (slug, name, capacity, turnaround_minutes, minimum_booking_minutes, "
                + "maximum_booking_minutes, standard_hourly_rate, community_hourly_rate, bookable_by_tenants, retired, version) "
                + "values ('same-slug', '%s', 10, 0, 30, 60, 10.00, 5.00, true, false, 0)";
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(insert.formatted("First room"));
            assertThatThrownBy(() -> statement.executeUpdate(insert.formatted("Second room")))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ROOM_SLUG_UNIQUE");
        }
    }

    @Test
    void theMailOutboxKeepsAMessageUntilItIsSentAndFindsTheDueOnesByIndex() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "insert into outgoing_mail (recipients, subject, body, created_at, attempts, next_attempt_at) "
                            + "values ('camhs.bookings@nhs.example', 'Booking approved: Team meeting', '"
                            + "x".repeat(7000) + "', 1000, 0, 1000)");
            try (ResultSet due = statement.executeQuery(
                    "select subject, sent_at, last_error from outgoing_mail where next_attempt_at <= 2000")) {
                assertThat(due.next()).isTrue();
                assertThat(due.getString("subject")).isEqualTo("Booking approved: Team meeting");
                assertThat(due.getObject("sent_at")).isNull();
                assertThat(due.getObject("last_error")).isNull();
            }
            assertThatThrownBy(() -> statement.executeUpdate(
                            "insert into outgoing_mail (recipients, subject, body, created_at, attempts) "
                                    + "values ('a@example.org', 's', 'b', 1000, -1)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("OUTGOING_MAIL_ATTEMPTS_NOT_NEGATIVE");
            try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, "OUTGOING_MAIL", false, false)) {
                List<String> names = new ArrayList<>();
                while (indexes.next()) {
                    names.add(String.valueOf(indexes.getString("INDEX_NAME")).toLowerCase());
                }
                assertThat(names).contains("outgoing_mail_due_idx");
            }
        }
    }

    @Test
    void bookingIdsComeFromSequencesThatStartAboveTheIdsAlreadyUsed(@TempDir Path elsewhere) throws SQLException {
        EmbeddedDataSource older = new EmbeddedDataSource();
        older.setDatabaseName(elsewhere.resolve("hub").toString());
        older.setCreateDatabase("create");
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(older)
                .locations("classpath:db/migration")
                .target("11")
                .load()
                .migrate();
        try (Connection connection = older.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "insert into room (slug, name, capacity, turnaround_minutes, minimum_booking_minutes, "
                            + "maximum_booking_minutes, standard_hourly_rate, community_hourly_rate, bookable_by_tenants, retired, version) "
                            + "values ('hall', 'Hall', 10, 0, 30, 60, 10.00, 5.00, true, false, 0)");
            statement.executeUpdate(
                    "insert into booking (id, room_id, title, activity_type, visibility, expected_attendance, "
                            + "status, created_by, first_date, start_time, end_time, revision, created_at, updated_at, version) "
                            + "select 1234, id, 'Made before', 'MEETING', 'PRIVATE', 5, 'CONFIRMED', 'staff', '2030-01-07', "
                            + "'10:00:00', '11:00:00', 0, 0, 0, 0 from room where slug = 'hall'");
        }

        assertThat(SchemaMigration.migrate(older)).isPositive();

        try (Connection connection = older.getConnection();
                Statement statement = connection.createStatement();
                ResultSet next = statement.executeQuery("values next value for booking_id_seq")) {
            next.next();
            long lastOfFirstBlock = next.getLong(1);
            assertThat(lastOfFirstBlock - V12__Booking_ids_from_sequences.BLOCK + 1)
                    .as("the first id handed out")
                    .isGreaterThan(1234);
        }
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet next = statement.executeQuery("values next value for occurrence_id_seq")) {
            next.next();
            assertThat(next.getLong(1))
                    .as("a fresh database's first block is 1 to 50")
                    .isEqualTo(V12__Booking_ids_from_sequences.BLOCK);
        }
    }
}
