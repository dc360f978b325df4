package community.hub;

import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationDetails;
import community.hub.organisation.OrganisationType;
import java.lang.reflect.Field;

/** Records built in memory for the rule tests, with the ids the database would have given them. */
public final class InMemory {

    private InMemory() {}

    /** The entity as if stored: its generated {@code id} set as the database would set it. */
    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /** A voluntary group with nothing but a name. */
    public static Organisation organisation(long id, String name) {
        OrganisationDetails details = new OrganisationDetails();
        details.setName(name);
        details.setType(OrganisationType.VCSE);
        return withId(new Organisation(details), id);
    }
}
