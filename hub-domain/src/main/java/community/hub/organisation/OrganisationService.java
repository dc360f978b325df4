package community.hub.organisation;

import community.hub.Refusal;
import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Keeps the organisations that use the hub. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    @Inject
    private ChangeLog changes;

    @PersistenceContext
    private EntityManager entityManager;

    public List<Organisation> all() {
        return entityManager
                .createNamedQuery("Organisation.all", Organisation.class)
                .getResultList();
    }

    public Organisation byId(long id) {
        Organisation organisation = entityManager.find(Organisation.class, id);
        if (organisation == null) {
            throw Refusal.notFound("organisation.notFound", id);
        }
        return organisation;
    }

    public Organisation add(@NotNull @Valid OrganisationDetails details) {
        refuseDuplicate(details, -1L);
        Organisation organisation = new Organisation(details);
        entityManager.persist(organisation);
        flushRefusingDuplicates(details);
        changes.record(ChangedThing.ORGANISATION, Change.ADDED, organisation.getId(), organisation.getName());
        return organisation;
    }

    public Organisation revise(long id, @NotNull @Valid OrganisationDetails details) {
        Organisation organisation = byId(id);
        refuseDuplicate(details, id);
        organisation.revise(details);
        flushRefusingDuplicates(details);
        changes.record(ChangedThing.ORGANISATION, Change.CHANGED, organisation.getId(), organisation.getName());
        return organisation;
    }

    public Organisation retire(long id) {
        Organisation organisation = byId(id);
        organisation.retire();
        changes.record(ChangedThing.ORGANISATION, Change.RETIRED, organisation.getId(), organisation.getName());
        return organisation;
    }

    public Organisation reinstate(long id) {
        Organisation organisation = byId(id);
        organisation.reinstate();
        changes.record(ChangedThing.ORGANISATION, Change.REINSTATED, organisation.getId(), organisation.getName());
        return organisation;
    }

    private void refuseDuplicate(OrganisationDetails details, long id) {
        long same = entityManager
                .createQuery(
                        "select count(o) from Organisation o where lower(o.name) = lower(:name) and o.id <> :id",
                        Long.class)
                .setParameter("name", details.getName().trim())
                .setParameter("id", id)
                .getSingleResult();
        if (same > 0) {
            throw Refusal.conflict("name", "organisation.name.taken", details.getName());
        }
    }

    private void flushRefusingDuplicates(OrganisationDetails details) {
        try {
            entityManager.flush();
        } catch (PersistenceException duplicate) {
            throw Refusal.conflict("name", "organisation.name.taken", details.getName());
        }
    }
}
