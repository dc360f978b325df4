package community.hub.rota.store;

import community.hub.rota.SupportRatio;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The café's one row of settings. Its row is also what creating a week queues on, so two people opening a
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
}
