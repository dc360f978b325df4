package community.hub.rota.store;

import community.hub.rota.CafeRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change to a week after it was published, as the database keeps it (the JPA row, beside {@link StoredWeek}): someone
 * added to a place, or taken off one. What people see of it is a {@link ChangeSincePublished}; a change the rules are
 * asked to make is a {@link community.hub.rota.RotaChange}.
 */
@Entity
@Table(name = "rota_change")
@NamedQuery(
        name = "StoredChange.ofWeek",
        query = "select c from StoredChange c where c.week = :week " + "order by c.changedAt, c.kind desc, c.id")
@NamedQuery(name = "StoredChange.forget", query = "delete from StoredChange c where c.week = :week")
public class StoredChange {

    /** Which way the place changed. */
    public enum Kind {
        ADDED,
        REMOVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "week_id", nullable = false)
    private StoredWeek week;

    @ManyToOne(optional = false)
    @JoinColumn(name = "shift_id", nullable = false)
    private CafeShift shift;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private CafeMember member;

    @Enumerated(EnumType.STRING)
    @Column(name = "cafe_role", nullable = false, length = 30)
    private CafeRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "changed_by", nullable = false, length = 40)
    private String changedBy;

    protected StoredChange() {
        // for JPA
    }

    StoredChange(CafeShift shift, CafeMember member, CafeRole role, Kind kind, String by, Instant at) {
        this.week = shift.getWeek();
        this.shift = shift;
        this.member = member;
        this.role = role;
        this.kind = kind;
        this.changedBy = by;
        this.changedAt = at.getEpochSecond();
    }

    public CafeShift getShift() {
        return shift;
    }

    public CafeMember getMember() {
        return member;
    }

    public CafeRole getRole() {
        return role;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochSecond(changedAt);
    }

    public String getChangedBy() {
        return changedBy;
    }
}
