package community.hub.rota.store;

import community.hub.rota.CafeRole;
import community.hub.rota.EventShifts;
import community.hub.rota.SupportRatio;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;

/**
 * The café's one row of settings: the support ratio and the places an event gets. Its row is also what creating a week queues on, so two people opening a
 * new week at once make it once.
 */
@Entity
@Table(name = "rota_settings")
public class RotaSettings {

    static final int ONLY_ROW = 1;

    @Id
    private Integer id;

    @Column(name = "members_per_job_coach", nullable = false)
    private int membersPerJobCoach;

    /** The places an event booked in the café room gets to begin with. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rota_event_place", joinColumns = @JoinColumn(name = "settings_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "cafe_role", length = 30)
    @Column(name = "places", nullable = false)
    private Map<CafeRole, Integer> eventPlaces = new HashMap<>();

    @Version
    private long version;

    protected RotaSettings() {
        // for JPA
    }

    public SupportRatio supportRatio() {
        return new SupportRatio(membersPerJobCoach);
    }

    /** How many members who need a job coach one job coach can support; refused below one. */
    void changeSupportRatio(SupportRatio ratio) {
        this.membersPerJobCoach = ratio.getMembersPerJobCoach();
    }

    public EventShifts eventShifts() {
        return new EventShifts(eventPlaces);
    }

    /** The places events get from now on; shifts already on the rota keep theirs. */
    void changeEventShifts(EventShifts events) {
        eventPlaces.keySet().retainAll(events.getUsualPlaces().keySet());
        eventPlaces.putAll(events.getUsualPlaces());
    }
}
