package community.hub.web.charge;

import community.hub.account.Account;
import community.hub.booking.CancellationCutOff;
import community.hub.charge.ChargeService;
import community.hub.charge.Statement;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationService;
import community.hub.web.NotFoundPage;
import community.hub.web.ShownMonth;
import community.hub.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/**
 * An organisation's room-hire statement for a month, printable, with its CSV. A tenant sees its own organisation's;
 * staff choose any. Another organisation's id is "not found" to a tenant.
 */
@Named
@RequestScoped
public class StatementPage {

    @Inject
    private ChargeService charges;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private CancellationCutOff cutOff;

    private Long organisation;
    private String month;
    private ShownMonth shown;
    private Statement statement;

    public void load() {
        Account me = caller.account().orElseThrow();
        shown = ShownMonth.of(month, clock);
        month = shown.toString();
        if (organisation == null) {
            organisation = me.organisationActedFor().map(Organisation::getId).orElse(null);
        }
        if (organisation == null) {
            return;
        }
        Long asked = organisation;
        statement = NotFoundPage.unlessRefused(() -> charges.statement(asked, shown.month(), me))
                .orElse(null);
    }

    /** The organisations staff may choose from. */
    public List<Organisation> getOrganisations() {
        return organisations.all();
    }

    public Statement getStatement() {
        return statement;
    }

    /** Hours before a date starts after which calling it off is still charged. */
    public long getCutOffHours() {
        return cutOff.before().toHours();
    }

    /** The month shown, its name and the months either side. */
    public ShownMonth getShown() {
        return shown;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
