package community.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hub refreshes Derby's index statistics when it starts. The test server runs, as the run command does, with
 * Derby's own refresh turned off, so the statistics found here after the demo data was loaded are the hub's doing.
 */
abstract class IndexStatisticsChecks {

    @Test
    void theDatesOfBookingsHaveStatisticsFromTheStartOfTheHub() throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (Connection connection = HubDatabase.readOnly();
                PreparedStatement query = connection.prepareStatement("""
                     select c.conglomeratename from sys.sysstatistics s
                     join sys.sysconglomerates c on c.conglomerateid = s.referenceid
                     join sys.systables t on t.tableid = s.tableid
                     where t.tablename = 'OCCURRENCE'""");
                ResultSet statistics = query.executeQuery()) {
            while (statistics.next()) {
                indexes.add(statistics.getString(1));
            }
        }
        assertThat(indexes).contains("OCCURRENCE_ROOM_HOLD_IDX", "OCCURRENCE_PERIOD_IDX");
    }
}
