package community.hub.bench.floor;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Embedded Derby in {@code derby.system.home}, opened and read at start as the hub's database is. */
@DataSourceDefinition(
        name = "java:app/jdbc/floor",
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "floor",
        properties = {"createDatabase=create"})
@ApplicationScoped
public class Notes {

    @PersistenceContext
    private EntityManager em;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        count();
    }

    @Transactional
    public long count() {
        return em.createQuery("select count(n) from Note n", Long.class).getSingleResult();
    }
}
