package community.hub.bench.floor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The backing bean of the floor's one Faces page. */
@Named
@RequestScoped
public class Page {

    @Inject
    private Notes notes;

    public long getNotes() {
        return notes.count();
    }
}
