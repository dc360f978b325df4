package community.hub.rota.store;

import community.hub.Refusal;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A volunteer's place on a shift, offered to the rest of the team: offered, then taken by another member, then
 * approved or refused by staff. The rota itself changes only when staff approve, with every rule checked again.
 */
@Entity
@Table(name = "rota_swap")
@NamedQuery(
        name = "ShiftSwap.open",
        query = "select s from ShiftSwap s where s.status in :statuses "
                + "and s.shift.date >= :from order by s.shift.date, s.shift.start, s.id")
@NamedQuery(
        name = "ShiftSwap.involving",
        query = "select s from ShiftSwap s where (s.offeredBy = :member or s.takenBy = :member) "
                + "and s.shift.date >= :from order by s.shift.date, s.shift.start, s.id")
@NamedQuery(
        name = "ShiftSwap.openFor",
        query = "select s from ShiftSwap s where s.shift = :shift and s.offeredBy = :member "
                + "and s.status in :statuses")
public class ShiftSwap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "shift_id", nullable = false)
    private CafeShift shift;

    @Enumerated(EnumType.STRING)
    @Column(name = "cafe_role", nullable = false, length = 30)
    private CafeRole role;

    @ManyToOne(optional = false)
    @JoinColumn(name = "offered_by", nullable = false)
    private CafeMember offeredBy;

    @ManyToOne
    @JoinColumn(name = "taken_by")
    private CafeMember takenBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SwapStatus status;

    @Column(name = "offered_at", nullable = false)
    private long offeredAt;

    @Column(name = "taken_at")
    private Long takenAt;

    @Column(name = "decided_at")
    private Long decidedAt;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Column(length = 300)
    private String reason;

    @Version
    private long version;

    protected ShiftSwap() {
        // for JPA
    }

    ShiftSwap(CafeAssignment offered, Instant at) {
        this.shift = offered.getShift();
        this.role = offered.getRole();
        this.offeredBy = offered.getMember();
        this.status = SwapStatus.OFFERED;
        this.offeredAt = at.getEpochSecond();
    }

    void takenBy(CafeMember taker, Instant at) {
        if (status != SwapStatus.OFFERED) {
            throw Refusal.conflict("status", "rota.swap.notOffered");
        }
        if (taker.getId().equals(offeredBy.getId())) {
            throw Refusal.invalid("swapId", "rota.swap.ownShift");
        }
        this.takenBy = taker;
        this.takenAt = at.getEpochSecond();
        this.status = SwapStatus.TAKEN;
    }

    void approve(String by, Instant at) {
        checkTaken();
        decide(SwapStatus.APPROVED, by, at, null);
    }

    void refuse(String why, String by, Instant at) {
        checkTaken();
        if (why == null || why.isBlank()) {
            throw Refusal.invalid("reason", "rota.swap.refusalNeedsReason");
        }
        decide(SwapStatus.REFUSED, by, at, why.trim());
    }

    void withdraw(String by, Instant at) {
        if (!status.isOpen()) {
            throw Refusal.conflict("status", "rota.swap.closed");
        }
        decide(SwapStatus.WITHDRAWN, by, at, null);
    }

    private void checkTaken() {
        if (status != SwapStatus.TAKEN) {
            throw Refusal.conflict("status", "rota.swap.notTaken");
        }
    }

    private void decide(SwapStatus outcome, String by, Instant at, String why) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at.getEpochSecond();
        this.reason = why;
    }

    public Long getId() {
        return id;
    }

    public CafeShift getShift() {
        return shift;
    }

    public CafeRole getRole() {
        return role;
    }

    public CafeMember getOfferedBy() {
        return offeredBy;
    }

    public Optional<CafeMember> getTakenBy() {
        return Optional.ofNullable(takenBy);
    }

    public SwapStatus getStatus() {
        return status;
    }

    public Instant getOfferedAt() {
        return Instant.ofEpochSecond(offeredAt);
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    /** Why staff refused it, if they did. */
    public String getReason() {
        return reason;
    }
}
