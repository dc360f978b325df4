package community.hub.account;

import community.hub.Refusal;
import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;

/**
 * Accounts for everyone, by invitation: the hub manager names the person and their role, the hub makes the account
 * with no password anyone knows and a one-time link (valid seven days) for them to choose one. An invitation can be
 * sent again, which makes the earlier link stop working.
 */
@ApplicationScoped
@Transactional
public class Invitations {

    @Inject
    private ChangeLog changes;

    @Inject
    private AccountService accounts;

    @Inject
    private OneTimeLinks links;

    @Inject
    private Clock clock;

    @Inject
    private Event<AccountInvited> invited;

    @Inject
    private PasswordByLink byLink;

    /** An account invited, with the link that goes to them. */
    public record Invited(Account account, OneTimeLinks.Issued link) {}

    public Invited invite(@NotNull @Valid Invitation invitation) {
        Account account =
                accounts.openInvited(invitation.toAccount(), invitation.getOrganisationId(), invitation.getLanguage());
        invited.fire(new AccountInvited(account, invitation.getRotaMemberId()));
        SecurityEvents.invited(account);
        changes.record(ChangedThing.ACCOUNT, Change.INVITED, account.getId(), account.getUsername(), as(account));
        return new Invited(account, links.issue(LinkPurpose.INVITATION, account, clock.instant()));
    }

    /** As whom someone was invited, in plain words for the log of changes: "as a member of Youth Service". */
    private static String as(Account account) {
        return switch (account.getRole()) {
            case ADMIN -> "as a hub manager";
            case STAFF -> "as hub staff";
            case TENANT -> "as a member of " + account.getOrganisation().getName();
            case VOLUNTEER -> "as a caf\u00e9 member";
        };
    }

    /** The invitation again, with a new link, to an active account with an email address. */
    public Invited inviteAgain(long accountId) {
        Account account = accounts.byId(accountId);
        if (!account.isActive()) {
            throw Refusal.conflict("active", "account.inactive", account.getUsername());
        }
        if (account.getEmail() == null) {
            throw Refusal.invalid("email", "account.email.requiredForInvitation");
        }
        SecurityEvents.invited(account);
        changes.record(ChangedThing.ACCOUNT, Change.INVITED_AGAIN, account.getId(), account.getUsername());
        return new Invited(account, links.issue(LinkPurpose.INVITATION, account, clock.instant()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LinkState linkState(String token) {
        return links.stateOf(token, LinkPurpose.INVITATION, clock.instant());
    }

    /** The invited person's own password, set with their link, which is then used up; a weak one keeps it usable. */
    public Account accept(String token, String password) {
        Account account = byLink.choose(token, LinkPurpose.INVITATION, "password", password);
        SecurityEvents.invitationAccepted(account);
        return account;
    }
}
