package community.hub.web.income.api;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.income.IncomeService;
import community.hub.income.IncomeSource;
import community.hub.income.OtherIncome;
import community.hub.web.Months;
import community.hub.web.security.Caller;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * The hub's income beyond room hire (SPEC §4), for its staff: entries by month and source. {@code from} and {@code to}
 * are months (2027-03) or days (2027-03-01, the month it is in); the last twelve months when not given.
 */
@Path("income")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class IncomeResource {

    @Inject
    private IncomeService income;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uri;

    /** One entry: {@code month} like 2027-03, {@code source} grant, contract, cafe, donations or other, amount in pounds. */
    public record IncomeView(Long id, String month, IncomeSource source, BigDecimal amount, String note) {

        static IncomeView of(OtherIncome entry) {
            return new IncomeView(
                    entry.getId(), entry.getMonth().toString(), entry.getSource(), entry.getAmount(), entry.getNote());
        }
    }

    @GET
    public List<IncomeView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth last = to == null || to.isBlank() ? YearMonth.now(clock) : Months.parseMonthOrDay(to, "to");
        YearMonth first = from == null || from.isBlank() ? last.minusMonths(11) : Months.parseMonthOrDay(from, "from");
        return income.between(first, last, me()).stream().map(IncomeView::of).toList();
    }

    @POST
    public Response record(IncomeView input) {
        if (input == null) {
            throw Refusal.invalid("month", "income.monthRequired");
        }
        YearMonth month = input.month() == null ? null : Months.parseMonthOrDay(input.month(), "month");
        OtherIncome entry = income.record(month, input.source(), input.amount(), input.note(), me());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(entry.getId()))
                        .build())
                .entity(IncomeView.of(entry))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        income.remove(id, me());
        return Response.noContent().build();
    }

    private Account me() {
        return caller.account().orElseThrow(ForbiddenException::new);
    }
}
