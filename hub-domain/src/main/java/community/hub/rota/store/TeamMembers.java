package community.hub.rota.store;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.account.Role;
import community.hub.rota.RotaMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the members of the café team as the database keeps them: everyone, one by id, the one an account signs in as. */
@ApplicationScoped
public class TeamMembers {

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The whole team, those who left too, read first in every request so that the places in a week find their members
     * already loaded. Their roles, availability and time away come in one query each, not one per member (EclipseLink
     * batch reading).
     */
    public List<CafeMember> everyone() {
        return entityManager
                .createNamedQuery("CafeMember.all", CafeMember.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "m.roles")
                .setHint("eclipselink.batch", "m.rotaBy")
                .setHint("eclipselink.batch", "m.availability")
                .setHint("eclipselink.batch", "m.timeAway")
                .setHint("eclipselink.batch", "m.account")
                .getResultList();
    }

    /** Those of everyone who are on the team now, as the rules know them, in id order. */
    public static List<RotaMember> onTheTeam(List<CafeMember> everyone) {
        return everyone.stream()
                .filter(CafeMember::isActive)
                .sorted(Comparator.comparing(CafeMember::getId))
                .map(CafeMember::toRotaMember)
                .toList();
    }

    /** The member of that id, on the team or not; "not found" if there is none. */
    public CafeMember byId(long id) {
        return find(id).orElseThrow(() -> Refusal.notFound("rota.memberNotFound", id));
    }

    public Optional<CafeMember> find(long id) {
        return Optional.ofNullable(entityManager.find(CafeMember.class, id));
    }

    /** The member on the team now who signs in with the account; "not found" if there is none. */
    public CafeMember signedInAs(Account account) {
        return holdersOf(account).stream()
                .filter(CafeMember::isActive)
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("rota.notOnTeam"));
    }

    /** Every member, on the team or not, who signs in with the account. */
    public List<CafeMember> holdersOf(Account account) {
        return entityManager
                .createNamedQuery("CafeMember.ofAccount", CafeMember.class)
                .setParameter("account", account)
                .getResultList();
    }

    /** Volunteer accounts that are open, by username: those a member of the team could sign in with. */
    public List<Account> volunteerAccounts() {
        return entityManager
                .createQuery(
                        "select a from Account a where a.role = :role and a.active = true order by a.username",
                        Account.class)
                .setParameter("role", Role.VOLUNTEER)
                .getResultList();
    }

    /** Keeps a new member, with the id it gets. */
    public void add(CafeMember member) {
        entityManager.persist(member);
        entityManager.flush();
    }
}
