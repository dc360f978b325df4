package community.hub.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationDetails;
import community.hub.organisation.OrganisationType;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static Organisation organisation(long id, String name) {
        OrganisationDetails details = new OrganisationDetails();
        details.setName(name);
        details.setType(OrganisationType.VCSE);
        Organisation organisation = new Organisation(details);
        try {
            Field field = Organisation.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(organisation, id);
        } catch (ReflectiveOperationException impossible) {
            throw new AssertionError(impossible);
        }
        return organisation;
    }

    private static NewAccount person(Role role) {
        return new NewAccount("someone", "Someone", null, role, "a-long-password");
    }

    @Test
    void aTenantActsOnlyForTheirOwnOrganisation() {
        Organisation foodBank = organisation(1, "Fleetwood Food Bank");
        Organisation youth = organisation(2, "Youth Service");
        Account tenant = new Account(person(Role.TENANT), foodBank, "hash");

        assertThat(tenant.actsFor(foodBank)).isTrue();
        assertThat(tenant.actsFor(youth)).isFalse();
    }

    @Test
    void staffActForEveryOrganisationAndVolunteersForNone() {
        Organisation youth = organisation(2, "Youth Service");

        assertThat(new Account(person(Role.STAFF), null, "hash").actsFor(youth)).isTrue();
        assertThat(new Account(person(Role.ADMIN), null, "hash").actsFor(youth)).isTrue();
        assertThat(new Account(person(Role.VOLUNTEER), null, "hash").actsFor(youth))
                .isFalse();
    }

    @Test
    void aTenantMustBelongToAnOrganisationAndNoOneElseMay() {
        Organisation youth = organisation(2, "Youth Service");

        assertThatThrownBy(() -> new Account(person(Role.TENANT), null, "hash")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> new Account(person(Role.STAFF), youth, "hash"))
                .isInstanceOf(Refusal.class)
                .hasMessage("Tenant accounts belong to one organisation; other accounts belong to none.");
    }
}
