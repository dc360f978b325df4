package community.hub.web.setup;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The hub's database as the container's connection pool sees it: embedded Derby in {@code HUB_DATA_DIR}, or the
 * PostgreSQL server that {@code HUB_DB_URL} names (with {@code HUB_DB_USER} and {@code HUB_DB_PASSWORD}), which several
 * instances of the hub can share. The pool asks for a connection only when it grows, so choosing here costs nothing
 * per request.
 * <p>
 * The settings are read here rather than given to the pool, because the pool cannot choose a driver by setting, and
 * embedded Derby must be opened with no user name at all: a user name would become its default schema.
 */
public class HubDataSource implements DataSource {

    private PrintWriter logWriter;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        Config config = ConfigProvider.getConfig(HubDataSource.class.getClassLoader());
        Optional<String> shared = config.getOptionalValue("hub.db.url", String.class).filter(url -> !url.isBlank());
        if (shared.isEmpty()) {
            String embedded = "jdbc:derby:" + config.getValue("hub.database.name", String.class) + ";create=true";
            return connect(new EmbeddedDriver(), embedded, new Properties());
        }
        Properties account = new Properties();
        config.getOptionalValue("hub.db.user", String.class).ifPresent(user -> account.setProperty("user", user));
        config.getOptionalValue("hub.db.password", String.class).ifPresent(password -> account.setProperty("password", password));
        if (loginTimeout > 0) {
            account.setProperty("loginTimeout", String.valueOf(loginTimeout));
        }
        return connect(new org.postgresql.Driver(), shared.get(), account);
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
