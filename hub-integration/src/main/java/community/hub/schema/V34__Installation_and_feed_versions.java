package community.hub.schema;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Two things the calendar feeds need. {@code hub_installation}: one row holding an id of this installation, random and
 * made once, so the UIDs its feeds give events are its own and never the same as another hub's. {@code feed_version}:
 * for each feed, a tag of its content and when that content last changed, so Last-Modified never goes back when
 * something leaves a feed. A Java migration because the id is made here. Runs on Apache Derby and PostgreSQL.
 */
public class V34__Installation_and_feed_versions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(
                    "CREATE TABLE hub_installation (id INTEGER NOT NULL PRIMARY KEY, installation_id VARCHAR(36) NOT NULL, "
                            + "CONSTRAINT hub_installation_one_row CHECK (id = 1))");
            statement.execute("CREATE TABLE feed_version (feed_key VARCHAR(200) NOT NULL PRIMARY KEY, "
                    + "content_tag VARCHAR(100) NOT NULL, changed_at BIGINT NOT NULL)");
        }
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("INSERT INTO hub_installation (id, installation_id) VALUES (1, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
    }
}
