package community.hub.account;

import static community.hub.InMemory.organisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import community.hub.organisation.Organisation;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccountTest {

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

    @Test
    void aNewAccountHasChosenNoLanguageUntilItsOwnerDoes() {
        Account account = new Account(person(Role.VOLUNTEER), null, "hash");
        assertThat(account.language())
                .as("the pages follow the switcher, then the browser")
                .isEmpty();

        account.chooseOwn("pl", null);
        assertThat(account.language()).contains(Locale.forLanguageTag("pl"));
        account.speak(Locale.forLanguageTag("en-GB"));
        assertThat(account.language()).contains(Locale.ENGLISH);
    }

    @Test
    void aChoiceLeftOutStaysAsItWasAndAnEmptyAddressIsNone() {
        Account account = new Account(
                new NewAccount("someone", "Someone", "someone@example.org", Role.VOLUNTEER, "a-long-password"),
                null,
                "hash");

        account.chooseOwn("pl", null);
        assertThat(account.getEmail()).isEqualTo("someone@example.org");
        account.chooseOwn(null, "new@example.org");
        assertThat(account.language()).contains(Locale.forLanguageTag("pl"));
        assertThat(account.getEmail()).isEqualTo("new@example.org");
        account.chooseOwn(null, " ");
        assertThat(account.getEmail()).isNull();
        assertThatThrownBy(() -> account.chooseOwn("fr", "new@example.org"))
                .isInstanceOf(Refusal.class)
                .hasMessage("Choose English or Polish.");
        assertThat(account.language()).contains(Locale.forLanguageTag("pl"));
        assertThat(account.getEmail()).isNull();
    }
}
