package community.hub.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** This installation of the hub: an id made once, at random, when its database was made (migration V34). */
@Entity
@Table(name = "hub_installation")
public class HubInstallation {

    @Id
    private int id;

    @Column(name = "installation_id", nullable = false, length = 36)
    private String installationId;

    protected HubInstallation() {
        // for JPA
    }

    String getInstallationId() {
        return installationId;
    }
}
