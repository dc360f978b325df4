package community.hub.rota.store;

import community.hub.rota.Assignment;
import community.hub.rota.CafeRole;
import community.hub.rota.Shift;
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

/** A member in one place on a shift, as the database keeps it; locked when staff set it. */
@Entity
@Table(name = "rota_assignment")
@NamedQuery(
        name = "CafeAssignment.between",
        query = "select a from CafeAssignment a where a.shift.closed = false "
                + "and a.shift.date >= :from and a.shift.date <= :to order by a.shift.date, a.shift.start")
@NamedQuery(
        name = "CafeAssignment.ofMemberPublished",
        query = "select a from CafeAssignment a where a.member = :member "
                + "and a.shift.closed = false and a.shift.week.published = true and a.shift.date >= :from "
                + "order by a.shift.date, a.shift.start")
@NamedQuery(
        name = "CafeAssignment.mondaysOfMemberFrom",
        query =
                "select distinct a.shift.week.monday from CafeAssignment a "
                        + "where a.member = :member and a.shift.closed = false and a.shift.date >= :from order by a.shift.week.monday")
public class CafeAssignment {

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

    @Column(nullable = false)
    private boolean locked;

    protected CafeAssignment() {
        // for JPA
    }

    CafeAssignment(CafeShift shift, CafeMember member, CafeRole role, boolean locked) {
        this.shift = shift;
        this.member = member;
        this.role = role;
        this.locked = locked;
    }

    /** The same member on the same shift, in the place the rules settled on. */
    void becomes(Assignment settled) {
        this.role = settled.getRole();
        this.locked = settled.isLocked();
    }

    Assignment toAssignment(Shift asTheRulesKnowIt) {
        return new Assignment(asTheRulesKnowIt, member.getId(), role, locked);
    }

    public Long getId() {
        return id;
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

    public boolean isLocked() {
        return locked;
    }
}
