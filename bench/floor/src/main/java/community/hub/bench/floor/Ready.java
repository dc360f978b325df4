package community.hub.bench.floor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;

/** {@code GET /api/ready}: the floor's REST resource, reading the database. */
@Path("ready")
@RequestScoped
public class Ready {

    @Inject
    private Notes notes;

    @GET
    public String ready() {
        return "notes " + notes.count();
    }

    @ApplicationPath("api")
    public static class Api extends Application {}
}
