package community.hub.web.setup;

import community.hub.backup.RestoreOption;
import community.hub.web.health.CannotStart;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The hub's database as the container's connection pool sees it: embedded Derby in {@code HUB_DATA_DIR}, or the
 * PostgreSQL server that {@code HUB_DB_URL} names (with {@code HUB_DB_USER} and {@code HUB_DB_PASSWORD}), which several
 * instances of the hub can share. The pool asks for a connection only when it grows, so choosing here costs nothing
 * per request.
 * <p>
 * The settings are read here rather than given to the pool, because the pool cannot choose a driver by setting, and
 * embedded Derby must be opened with no user name at all: a user name would become its default schema.
 * <p>
 * A start with {@code HUB_RESTORE_FROM} (a backup's folder) first brings the embedded database back to that backup.
 */
public class HubDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(HubDataSource.class.getName());

    /** Whether this start has looked at {@code HUB_RESTORE_FROM} yet: only its first connection may restore. */
    private static volatile boolean restoreAsked;

    private PrintWriter logWriter;
    private int loginTimeout;

    /** A database that does not open while the hub starts stops the hub, after one line saying why (see {@link CannotStart}). */
    @Override
    public Connection getConnection() throws SQLException {
        try {
            return open();
        } catch (SQLException | RuntimeException failed) {
            if (!CannotStart.started()) {
                CannotStart.because(failed);
            }
            throw failed;
        }
    }

    private Connection open() throws SQLException {
        Config config = ConfigProvider.getConfig(HubDataSource.class.getClassLoader());
        Optional<String> shared =
                config.getOptionalValue("hub.db.url", String.class).filter(url -> !url.isBlank());
        if (shared.isEmpty()) {
            Path database = Path.of(config.getValue("hub.database.name", String.class))
                    .toAbsolutePath()
                    .normalize();
            if (!restoreAsked) {
                Optional<Connection> restored =
                        restoreOnce(database, config.getOptionalValue("hub.restore.from", String.class));
                if (restored.isPresent()) {
                    return restored.get();
                }
            }
            return connect(new EmbeddedDriver(), "jdbc:derby:" + database + ";create=true", new Properties());
        }
        Properties account = new Properties();
        config.getOptionalValue("hub.db.user", String.class).ifPresent(user -> account.setProperty("user", user));
        config.getOptionalValue("hub.db.password", String.class)
                .ifPresent(password -> account.setProperty("password", password));
        if (loginTimeout > 0) {
            account.setProperty("loginTimeout", String.valueOf(loginTimeout));
        }
        return connect(new org.postgresql.Driver(), shared.get(), account);
    }

    /**
     * The first connection of a hub started with {@code HUB_RESTORE_FROM}: the database replaced by the backup's copy,
     * unless that was done at an earlier start (see {@link RestoreOption}).
     */
    private static synchronized Optional<Connection> restoreOnce(Path database, Optional<String> restoreFrom)
            throws SQLException {
        if (restoreAsked) {
            return Optional.empty();
        }
        Optional<Path> copy = Optional.empty();
        if (restoreFrom.filter(from -> !from.isBlank()).isPresent()) {
            copy = RestoreOption.pending(database, restoreFrom.get());
            if (copy.isEmpty()) {
                LOG.info(() ->
                        "HUB_RESTORE_FROM is still set, but this database was restored from that backup at an earlier start: "
                                + "nothing restored now. Unset it.");
            }
        }
        Optional<Connection> restored = Optional.empty();
        if (copy.isPresent()) {
            restored = Optional.of(
                    connect(new EmbeddedDriver(), RestoreOption.url(database, copy.get()), new Properties()));
            RestoreOption.done(database, copy.get());
            Path from = copy.get();
            LOG.warning(() -> "The database " + database + " was restored from the backup " + from
                    + ": it holds what it held when that backup was taken. Unset HUB_RESTORE_FROM.");
        }
        restoreAsked = true;
        return restored;
    }

    /** The account comes from the hub's settings, never from the pool. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private static Connection connect(Driver driver, String url, Properties account) throws SQLException {
        Connection connection = driver.connect(url, account);
        if (connection == null) {
            throw new SQLException("HUB_DB_URL must name a PostgreSQL database (jdbc:postgresql://host:port/database)");
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("The hub's data source logs through its drivers");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
