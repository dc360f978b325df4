package community.hub.changelog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the log of changes and reads it back. A change is recorded in the transaction that makes it, so a change
 * refused or rolled back leaves nothing in the log. Who made it is the signed-in caller; what the hub does by itself
 * (demo data, the hub's setup, bank holidays closed at start) has nobody signed in and is not logged here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChangeLog {

    /** The most entries one read returns. */
    public static final int MOST = 500;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    /** Records a change to one record, named as it is now, by the signed-in caller. */
    public void record(ChangedThing thing, Change change, Long recordId, String recordName) {
        record(thing, change, recordId, recordName, null);
    }

    /** Records a change with a short detail in plain words (never a password, a link or an email address). */
    public void record(ChangedThing thing, Change change, Long recordId, String recordName, String detail) {
        caller().ifPresent(who -> entityManager.persist(
                new ChangeLogEntry(clock.instant(), who, thing, change, recordId, recordName, detail)));
    }

    /**
     * The signed-in caller's username. Where the container allows no question about a caller at all (the hub starting
     * up, closing bank holidays from its start-up singleton) nobody is signed in: the hub is acting by itself.
     */
    private Optional<String> caller() {
        Principal principal;
        try {
            principal = security.getCallerPrincipal();
        } catch (IllegalStateException noCallerHere) {
            return Optional.empty();
        }
        return Optional.ofNullable(principal).map(Principal::getName).filter(name -> !name.isBlank());
    }

    /** The entries the filter lets through, newest first, skipping the first {@code skip}, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeLogEntry> entries(ChangeLogFilter filter, int skip, int limit) {
        TypedQuery<ChangeLogEntry> query =
                query(filter, "select e", ChangeLogEntry.class, " order by e.changedAt desc, e.id desc");
        return query.setFirstResult(Math.max(0, skip))
                .setMaxResults(Math.max(1, Math.min(limit, MOST)))
                .getResultList();
    }

    /** How many entries the filter lets through. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(ChangeLogFilter filter) {
        return query(filter, "select count(e)", Long.class, "").getSingleResult();
    }

    /** Everyone who has made a change, by username, for a filter's choices. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> people() {
        return entityManager
                .createQuery("select distinct e.changedBy from ChangeLogEntry e order by e.changedBy", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> query(ChangeLogFilter filter, String select, Class<T> type, String order) {
        Instant from = filter.fromInstant();
        Instant until = filter.untilInstant();
        StringBuilder where = new StringBuilder(" from ChangeLogEntry e where 1 = 1");
        if (filter.thing() != null) {
            where.append(" and e.thing = :thing");
        }
        if (filter.who() != null) {
            where.append(" and lower(e.changedBy) = :who");
        }
        if (from != null) {
            where.append(" and e.changedAt >= :from");
        }
        if (until != null) {
            where.append(" and e.changedAt < :until");
        }
        TypedQuery<T> query = entityManager.createQuery(select + where + order, type);
        if (filter.thing() != null) {
            query.setParameter("thing", filter.thing());
        }
        if (filter.who() != null) {
            query.setParameter("who", filter.who().toLowerCase(Locale.ROOT));
        }
        if (from != null) {
            query.setParameter("from", from.toEpochMilli());
        }
        if (until != null) {
            query.setParameter("until", until.toEpochMilli());
        }
        return query;
    }
}
