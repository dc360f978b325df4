package community.hub.web.report.api;

import community.hub.account.Account;
import community.hub.export.ImpactPdf;
import community.hub.export.ReportCsv;
import community.hub.report.ImpactService;
import community.hub.report.ReportPeriod;
import community.hub.report.ReportService;
import community.hub.web.language.LanguageChoice;
import community.hub.web.report.ImpactWords;
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
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * How the hub is used, for its staff (SPEC §4): room utilisation per room and ISO week, and sessions, hours and
 * attendance by activity, organisation and month; each as JSON or as CSV for a spreadsheet. The period defaults to the
 * current quarter; the wrong way round or longer than three years is a 400.
 */
@Path("reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class ReportResource {

    @Inject
    private ReportService reports;

    @Inject
    private ImpactService impacts;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The reader's language: the account's choice, else the one picked on the pages, else Accept-Language. */
    @Inject
    private LanguageChoice language;

    @GET
    @Path("utilisation")
    public UtilisationView utilisation(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        ReportPeriod period = period(from, to);
        return UtilisationView.of(period, reports.utilisation(period));
    }

    @GET
    @Path("utilisation.csv")
    @Produces("text/csv")
    public Response utilisationCsv(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return csv("utilisation", period(from, to), period -> ReportCsv.utilisation(reports.utilisation(period)));
    }

    @GET
    @Path("activity")
    public ActivityView activity(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return ActivityView.of(reports.activity(period(from, to)));
    }

    @GET
    @Path("activity.csv")
    @Produces("text/csv")
    public Response activityCsv(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return csv("activity", period(from, to), period -> ReportCsv.activity(reports.activity(period)));
    }

    @GET
    @Path("impact")
    public ImpactView impact(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return ImpactView.of(impacts.report(period(from, to), me()));
    }

    @GET
    @Path("impact")
    @Produces("application/pdf")
    public Response impactPdf(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        ReportPeriod period = period(from, to);
        Locale locale = language.getLocale();
        byte[] pdf =
                ImpactPdf.of(impacts.report(period, me()), ImpactWords.period(period, locale), ImpactWords.of(locale));
        return Response.ok(pdf, "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"impact-" + period.from() + "-to-" + period.to() + ".pdf\"")
                .build();
    }

    @GET
    @Path("impact.pdf")
    @Produces("application/pdf")
    public Response impactPdfFile(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return impactPdf(from, to);
    }

    private Account me() {
        return caller.account().orElseThrow(ForbiddenException::new);
    }

    private ReportPeriod period(LocalDate from, LocalDate to) {
        return ReportPeriod.orQuarter(from, to, LocalDate.now(clock));
    }

    /** A report as a CSV download named for it and its period: the one way each report is written as CSV. */
    private static Response csv(String name, ReportPeriod period, Function<ReportPeriod, String> report) {
        return Response.ok(report.apply(period), "text/csv; charset=utf-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + name + "-" + period.from() + "-to-" + period.to() + ".csv\"")
                .build();
    }
}
