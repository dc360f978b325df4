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
 * A place someone gave up when they left the café team, kept while it stays open so the rota can say why it is open.
 * Forgotten once the place is filled again, or when they come back.
 */
@Entity
@Table(name = "rota_left_place")
@NamedQuery(
        name = "LeftPlace.ofWeek",
        query = "select p from LeftPlace p where p.shift.week = :week order by p.leftAt, p.id")
@NamedQuery(name = "LeftPlace.ofMember", query = "select p from LeftPlace p where p.member = :member")
public class LeftPlace {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "shift_id", nullable = false)
    private CafeShift shift;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private CafeMember member;

    @Enumerated(EnumType.STRING)
    @Column(name = "cafe_role", nullable = false, length = 30)
    private CafeRole role;

    @Column(name = "left_at", nullable = false)
    private long leftAt;

    protected LeftPlace() {
        // for JPA
    }

    LeftPlace(CafeShift shift, CafeMember member, CafeRole role, Instant at) {
        this.shift = shift;
        this.member = member;
        this.role = role;
        this.leftAt = at.getEpochSecond();
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
}
