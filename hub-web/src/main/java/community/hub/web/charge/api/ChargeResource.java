package community.hub.web.charge.api;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.charge.ChargeService;
import community.hub.charge.Statement;
import community.hub.export.StatementCsv;
import community.hub.organisation.Organisation;
import community.hub.web.Download;
import community.hub.web.Months;
import community.hub.web.security.Caller;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * Room-hire charges: an organisation's monthly statement (staff any organisation's, a tenant its own), as JSON or
 * as CSV for a spreadsheet, and for staff what the hub earns and gives by month and type of organisation.
 */
@Path("charges")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChargeResource {

    @Inject
    private ChargeService charges;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TENANT})
    public ChargesView statement(@QueryParam("organisationId") Long organisationId, @QueryParam("month") String month) {
        return ChargesView.of(statementFor(organisationId, month));
    }

    @GET
    @Path("statement.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TENANT})
    public Response statementCsv(@QueryParam("organisationId") Long organisationId, @QueryParam("month") String month) {
        Statement statement = statementFor(organisationId, month);
        return Response.ok(StatementCsv.of(statement), "text/csv; charset=utf-8")
                .header("Content-Disposition", Download.attachment(StatementCsv.fileName(statement)))
                .build();
    }

    @GET
    @Path("income")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public List<ChargesView.IncomeView> income(@QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth last = Months.orThisMonth(to, "to", clock);
        YearMonth first =
                from == null || from.isBlank() ? last.minusMonths(11) : Months.orThisMonth(from, "from", clock);
        return charges.incomeAndSubsidy(first, last).stream()
                .map(ChargesView.IncomeView::of)
                .toList();
    }

    private Statement statementFor(Long organisationId, String month) {
        Account me = caller.account().orElseThrow(ForbiddenException::new);
        Long organisation = organisationId != null
                ? organisationId
                : me.organisationActedFor().map(Organisation::getId).orElse(null);
        if (organisation == null) {
            throw Refusal.invalid("organisationId", "charges.organisationNeeded");
        }
        return charges.statement(organisation, Months.orThisMonth(month, "month", clock), me);
    }
}
