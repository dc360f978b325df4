package community.hub.web.changelog.api;

import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangeLogEntry;
import community.hub.changelog.ChangeLogFilter;
import community.hub.changelog.ChangedThing;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The log of changes made by staff and hub managers, for the hub manager: newest first, filtered as asked. */
@Path("change-log")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangeLogResource {

    @Inject
    private ChangeLog log;

    /** One change: when, who, what kind of thing, what was done, which record and a short detail. */
    public record EntryView(
            Instant at,
            String who,
            ChangedThing kind,
            String change,
            Long recordId,
            String recordName,
            String detail,
            String sentence) {
        static EntryView of(ChangeLogEntry entry) {
            return new EntryView(
                    entry.getChangedAt(),
                    entry.getChangedBy(),
                    entry.getThing(),
                    entry.getChange().name(),
                    entry.getRecordId(),
                    entry.getRecordName(),
                    entry.getDetail(),
                    entry.sentence());
        }
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<EntryView> entries(
            @QueryParam("kind") ChangedThing kind,
            @QueryParam("who") String who,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("skip") @DefaultValue("0") int skip,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return log.entries(new ChangeLogFilter(kind, who, from, to), skip, limit).stream()
                .map(EntryView::of)
                .toList();
    }
}
