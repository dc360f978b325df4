package community.hub.mail;

import community.hub.Words;
import community.hub.account.Account;
import community.hub.account.Invitation;
import community.hub.account.Invitations;
import community.hub.account.Passwords;
import community.hub.calendar.FeedKey;
import community.hub.settings.HubSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * Invitations and password resets with their emails, each in one transaction: a link exists exactly when its email
 * does. The mail sender sends it after the commit. A reset says nothing to the caller about whether it happened.
 */
@ApplicationScoped
public class AccountMailOutbox {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Passwords passwords;

    @Inject
    private Invitations invitations;

    @Inject
    private HubSettingsService hubSettings;

    @Inject
    private Event<AccountMailWritten> written;

    @Inject
    private Clock clock;

    @Inject
    private FeedKey key;

    /** Invites someone: their account, its one-time link and the email carrying it, all or nothing. */
    @Transactional
    public Account invite(Invitation invitation, UnaryOperator<String> linkFor) {
        return sendInvitation(invitations.invite(invitation), linkFor);
    }

    /** Sends someone's invitation again, with a new link; the earlier one stops working. */
    @Transactional
    public Account inviteAgain(long accountId, UnaryOperator<String> linkFor) {
        return sendInvitation(invitations.inviteAgain(accountId), linkFor);
    }

    private Account sendInvitation(Invitations.Invited invited, UnaryOperator<String> linkFor) {
        Account account = invited.account();
        write(
                new AccountMail(hubSettings.details().name(), account.language().orElse(Words.BASE_LANGUAGE))
                        .invitation(
                                account.getEmail(),
                                account.getDisplayName(),
                                account.getUsername(),
                                account.getRole(),
                                OutgoingMail.LINK_PLACE,
                                invited.link().expiresAt()),
                linkFor.apply(invited.link().token()));
        return account;
    }

    /** The email into the outbox, its one-time link sealed beside it (see {@link OutgoingMail}). */
    private void write(MailMessage message, String link) {
        OutgoingMail mail = new OutgoingMail(null, message, clock.instant());
        mail.carryLink(link, key);
        entityManager.persist(mail);
        entityManager.flush();
        written.fire(new AccountMailWritten(mail.getId()));
    }

    /**
     * A reset email with a one-time link for the active account of this username or email address, if there is one
     * with an address; nothing otherwise.
     *
     * @param linkFor turns the link's token into the address people open
     */
    @Transactional
    public void resetRequested(String usernameOrEmail, UnaryOperator<String> linkFor) {
        passwords.startReset(usernameOrEmail).ifPresent(started -> {
            write(
                    new AccountMail(
                                    hubSettings.details().name(),
                                    started.account().language().orElse(Words.BASE_LANGUAGE))
                            .reset(
                                    started.account().getEmail(),
                                    started.account().getDisplayName(),
                                    started.account().getUsername(),
                                    OutgoingMail.LINK_PLACE,
                                    started.link().expiresAt()),
                    linkFor.apply(started.link().token()));
        });
    }
}
