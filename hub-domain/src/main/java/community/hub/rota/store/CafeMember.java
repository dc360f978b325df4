package community.hub.rota.store;

import community.hub.account.Account;
import community.hub.rota.CafeRole;
import community.hub.rota.RotaDeliveries;
import community.hub.rota.RotaDelivery;
import community.hub.rota.RotaMember;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A member of the café team as the database keeps them. Every change is made on the rota's own
 * {@link RotaMember}, which refuses nonsense, and then copied back here with {@link #revise(RotaMember)}.
 */
@Entity
@Table(name = "rota_member")
@NamedQuery(name = "CafeMember.active", query = "select m from CafeMember m where m.active = true order by m.id")
@NamedQuery(name = "CafeMember.all", query = "select m from CafeMember m order by m.name, m.id")
@NamedQuery(name = "CafeMember.ofAccount", query = "select m from CafeMember m where m.account = :account")
public class CafeMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The VOLUNTEER account they sign in with, if they have one. */
    @OneToOne
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "maximum_minutes", nullable = false)
    private int maximumMinutes;

    @Column(name = "needs_job_coach", nullable = false)
    private boolean needsJobCoach;

    @Column(name = "buddy_id")
    private Long buddyId;

    @Column(name = "prefers_same_shifts", nullable = false)
    private boolean prefersSameShifts;

    @Column(nullable = false)
    private boolean active = true;

    /** The day they left the team, while they are away from it. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    /** Their own email address for the rota by email; their account's is used when they have none. */
    @Column(length = 254)
    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rota_member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "cafe_role", nullable = false, length = 30)
    private Set<CafeRole> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rota_member_delivery", joinColumns = @JoinColumn(name = "member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false, length = 20)
    private Set<RotaDelivery> rotaBy = new HashSet<>();

    /*
     * Lists in a fixed order, not sets: EclipseLink compares collections of embeddables element by element, so a set's
     * iteration order would make an unchanged member look changed at every commit.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rota_availability", joinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("day, from")
    private List<WeeklyTime> availability = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rota_time_away", joinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("first, last")
    private List<DaysAway> timeAway = new ArrayList<>();

    @Version
    private long version;

    protected CafeMember() {
        // for JPA
    }

    /** A new member, described by a rota member the rules already accepted (its id is not used). */
    CafeMember(RotaMember details, Account account) {
        this.account = account;
        revise(details);
    }

    /** The member as the rota's rules know them. */
    public RotaMember toRotaMember() {
        RotaMember member = new RotaMember(
                id,
                name,
                roles.isEmpty() ? EnumSet.noneOf(CafeRole.class) : EnumSet.copyOf(roles),
                Duration.ofMinutes(maximumMinutes));
        member.changeAvailability(
                availability.stream().map(WeeklyTime::toAvailableTime).toList());
        timeAway.forEach(away -> member.goAway(away.toTimeAway()));
        member.workAlongsideJobCoach(needsJobCoach);
        member.pairWith(buddyId);
        member.keepToSameShifts(prefersSameShifts);
        if (!rotaBy.isEmpty()) {
            member.sendRotaBy(rotaBy);
        }
        member.reachAt(email);
        return member;
    }

    /** Takes on everything the rules accepted about this member. */
    void revise(RotaMember changed) {
        this.name = changed.getName();
        this.maximumMinutes = (int) changed.getMaximumPerWeek().toMinutes();
        this.needsJobCoach = changed.isNeedsJobCoach();
        this.buddyId = changed.getBuddyId().orElse(null);
        this.prefersSameShifts = changed.isPrefersSameShifts();
        this.email = changed.getEmail().orElse(null);
        replace(roles, changed.getTrainedFor());
        replace(rotaBy, changed.getRotaBy());
        replace(
                availability,
                changed.getAvailability().stream().map(WeeklyTime::new).toList());
        replace(timeAway, changed.getTimeAway().stream().map(DaysAway::new).toList());
    }

    /** Rewrites the list only when it differs; the rota keeps both in a fixed order (by day and time, by first day). */
    private static <T> void replace(List<T> kept, List<T> wanted) {
        if (!kept.equals(wanted)) {
            kept.clear();
            kept.addAll(wanted);
        }
    }

    /** Changes only what differs, so unchanged rows stay as they are. */
    private static <T> void replace(Set<T> kept, Set<T> wanted) {
        kept.retainAll(wanted);
        kept.addAll(wanted);
    }

    /** They sign in with this volunteer account from now on, or with none. */
    void linkTo(Account signsInWith) {
        this.account = signsInWith;
    }

    /** They have left the café team on that day: they keep their past places but are not placed again. */
    void leave(LocalDate on) {
        active = false;
        leftOn = on;
    }

    /** They are back on the café team, to be placed again from now on. */
    void comeBack() {
        active = true;
        leftOn = null;
    }

    /** Where the rota by email goes: their own address, or else their account's; none when neither has one. */
    public Optional<String> emailAddress() {
        return RotaDeliveries.addressOf(email, account == null || !account.isActive() ? null : account.getEmail());
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    /** The day they left the team, if they have left it. */
    public Optional<LocalDate> getLeftOn() {
        return Optional.ofNullable(leftOn);
    }
}
