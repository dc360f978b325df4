package community.hub.rota.store;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.account.AccountInvited;
import community.hub.account.AccountService;
import community.hub.account.Role;
import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import community.hub.rota.AvailableTime;
import community.hub.rota.MemberDetails;
import community.hub.rota.RotaMember;
import community.hub.rota.TimeAway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The café team: staff add members and change what the rota knows of them (roles, hours, support, the account they
 * sign in with); volunteers keep their own availability and time away. {@link RotaMember} and {@link MemberDetails}
 * refuse nonsense; a refused change keeps nothing. Leaving the team and coming back are {@link LeavingService}'s.
 */
@ApplicationScoped
@Transactional
public class TeamService {

    @Inject
    private TeamMembers members;

    @Inject
    private AccountService accounts;

    @Inject
    private ChangeLog changes;

    /** Someone joins the café team, signing in with the given account, or with none when the username is null. */
    public RotaMember join(@NotNull RotaMember details, String username) {
        CafeMember member = new CafeMember(details, username == null ? null : volunteerAccount(username));
        members.add(member);
        return member.toRotaMember();
    }

    /**
     * Staff add someone to the café team with everything the rota needs to know about them, signing in with the
     * volunteer account named (if any). Invalid details and broken rota rules are refused, and nothing is kept then.
     */
    public RotaMember addMember(@NotNull(message = "{request.body.required}") @Valid MemberDetails details) {
        RotaMember member = details.toNewMember();
        checkBuddy(member);
        CafeMember stored = new CafeMember(member, linkable(details.linkedUsername(), null));
        members.add(stored);
        changes.record(ChangedThing.CAFE_MEMBER, Change.ADDED, stored.getId(), stored.getName());
        return stored.toRotaMember();
    }

    /** Staff change everything about a member at once, as {@link #addMember} checks it. */
    public RotaMember changeMember(
            long memberId, @NotNull(message = "{request.body.required}") @Valid MemberDetails details) {
        CafeMember stored = members.byId(memberId);
        RotaMember member = stored.toRotaMember();
        details.applyTo(member);
        checkBuddy(member);
        stored.linkTo(linkable(details.linkedUsername(), stored));
        stored.revise(member);
        changes.record(ChangedThing.CAFE_MEMBER, Change.CHANGED, stored.getId(), stored.getName());
        return member;
    }

    /** A member as a form or the API shows them for changing, with the account they sign in with. */
    public MemberDetails memberDetails(long memberId) {
        CafeMember stored = members.byId(memberId);
        return MemberDetails.of(stored.toRotaMember(), usernameOf(stored));
    }

    /**
     * The username each member signs in with, by member id, those who left the team too (their account stays theirs, for
     * when they come back); members without an account are left out.
     */
    public Map<Long, String> usernames() {
        Map<Long, String> usernames = new HashMap<>();
        members.everyone().stream()
                .filter(member -> member.getAccount() != null)
                .forEach(member ->
                        usernames.put(member.getId(), member.getAccount().getUsername()));
        return usernames;
    }

    /** Volunteer accounts that are open, by username: those a member of the team could sign in with. */
    public List<Account> volunteerAccounts() {
        return members.volunteerAccounts();
    }

    /** Changes what the rota knows about a member; the rota's own rules refuse nonsense, and nothing is kept then. */
    public RotaMember revise(long memberId, @NotNull Consumer<RotaMember> change) {
        CafeMember member = members.byId(memberId);
        RotaMember revised = member.toRotaMember();
        change.accept(revised);
        if (revised.getBuddyId().isPresent()) {
            members.byId(revised.getBuddyId().get());
        }
        member.revise(revised);
        return revised;
    }

    /** Who is on the café team now, in id order. */
    public List<RotaMember> team() {
        return TeamMembers.onTheTeam(members.everyone());
    }

    /** Who is on the café team now and signs in with no account yet: those a volunteer's invitation can be for. */
    public List<RotaMember> withoutAccount() {
        Map<Long, String> signingIn = usernames();
        return team().stream()
                .filter(member -> !signingIn.containsKey(member.getId()))
                .toList();
    }

    public RotaMember member(long memberId) {
        return members.byId(memberId).toRotaMember();
    }

    /** The caller's own place on the team; "not found" if they have none. */
    public RotaMember me(@NotNull Account by) {
        return members.signedInAs(by).toRotaMember();
    }

    /** A volunteer gives the times they can work every week, replacing the ones they gave before. */
    public RotaMember changeAvailability(@NotNull Account by, @NotNull Collection<AvailableTime> times) {
        return reviseOwn(by, member -> member.changeAvailability(times));
    }

    public RotaMember goAway(@NotNull Account by, @NotNull TimeAway away) {
        return reviseOwn(by, member -> member.goAway(away));
    }

    public RotaMember cancelTimeAway(@NotNull Account by, @NotNull TimeAway away) {
        return reviseOwn(by, member -> member.cancelTimeAway(away));
    }

    /**
     * Whether a member is on the team, and how the rota reaches them: the address their rota by email goes to and the
     * account they sign in with (for their own calendar feed).
     */
    public Standing standing(long memberId) {
        CafeMember member = members.byId(memberId);
        return new Standing(
                member.isActive(),
                member.getLeftOn().orElse(null),
                member.emailAddress().orElse(null),
                usernameOf(member));
    }

    private RotaMember reviseOwn(Account by, Consumer<RotaMember> change) {
        return revise(members.signedInAs(by).getId(), change);
    }

    private static String usernameOf(CafeMember member) {
        return member.getAccount() == null ? null : member.getAccount().getUsername();
    }

    /**
     * A volunteer invited as a member of the café team signs in as that member from the start, linked in the transaction
     * that makes their account, so they find their shifts and their shifts feed when they first sign in. A member who
     * signs in with another account already is refused, and so is an account that is not a volunteer's: the invitation
     * is undone then.
     */
    void linkInvited(@Observes AccountInvited invited) {
        if (invited.rotaMemberId() == null) {
            return;
        }
        long memberId = invited.rotaMemberId();
        CafeMember member = members.find(memberId)
                .orElseThrow(() -> Refusal.invalid("rotaMemberId", "rota.member.unknown", memberId));
        if (member.getAccount() != null) {
            throw Refusal.invalid(
                    "rotaMemberId",
                    "rota.member.signsInAlready",
                    member.getName(),
                    member.getAccount().getUsername());
        }
        member.linkTo(linkable(invited.account().getUsername(), member));
    }

    /** The volunteer account of that username, if no one else on the team signs in with it; none for no username. */
    private Account linkable(String username, CafeMember self) {
        if (username == null) {
            return null;
        }
        Account account = volunteerAccount(username);
        Optional<CafeMember> holder = members.holdersOf(account).stream()
                .filter(other -> self == null || !other.getId().equals(self.getId()))
                .findFirst();
        if (holder.isPresent()) {
            throw Refusal.invalid(
                    "username",
                    "rota.member.accountTaken",
                    username,
                    holder.get().getName());
        }
        return account;
    }

    /** The volunteer account of that username; any other account, or none, is refused. */
    private Account volunteerAccount(String username) {
        Account account = accounts.byUsername(username)
                .orElseThrow(() -> Refusal.invalid("username", "rota.member.noAccount", username));
        if (account.getRole() != Role.VOLUNTEER) {
            throw Refusal.invalid("username", "rota.member.volunteersOnly", username);
        }
        return account;
    }

    /** A buddy must be someone on the team now. */
    private void checkBuddy(RotaMember member) {
        Optional<Long> buddyId = member.getBuddyId();
        if (buddyId.isPresent()
                && members.find(buddyId.get()).filter(CafeMember::isActive).isEmpty()) {
            throw Refusal.invalid("buddyId", "rota.member.noBuddy", buddyId.get());
        }
    }

    /**
     * Whether a member is on the team (and the day they left, if not), the address their rota by email goes to (their
     * own or their account's; none when neither has one) and the account they sign in with.
     */
    public record Standing(boolean onTeam, LocalDate leftOn, String emailAddress, String username) {}
}
