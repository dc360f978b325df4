package community.hub.web.backup;

import community.hub.Refusal;
import community.hub.backup.Backup;
import community.hub.backup.Backups;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/** The embedded database's backups, for the hub manager: the list, and a backup taken now. */
@Path("backups")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    @Inject
    private Backups backups;

    @Inject
    private SecurityContext security;

    /** One complete backup: its name, when it was taken, its size, who took it (none: the nightly one) and its folder. */
    public record BackupView(String name, Instant takenAt, long sizeBytes, String takenBy, String folder) {
        static BackupView of(Backup backup) {
            return new BackupView(
                    backup.name(),
                    backup.takenAt(),
                    backup.sizeBytes(),
                    backup.takenBy().orElse(null),
                    backup.folder().toString());
        }
    }

    /** The backup being taken now, which the list shows once it is complete. */
    public record TakingView(Instant takingSince) {}

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<BackupView> list() {
        if (!backups.keptByTheHub()) {
            throw Refusal.conflict(null, "backup.inTheDatabase");
        }
        return backups.list().stream().map(BackupView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response takeNow(@Context UriInfo uri) {
        Instant since = backups.takeNow(security.getCallerPrincipal().getName());
        return Response.accepted(new TakingView(since))
                .location(uri.getAbsolutePath())
                .build();
    }
}
