package community.hub.bench.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The floor's one entity: enough for EclipseLink to deploy a persistence unit. */
@Entity
public class Note {

    @Id
    @GeneratedValue
    Long id;

    String text;
}
