package community.hub.account;

import community.hub.Refusal;
import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Opens, finds and closes accounts; their passwords' hashes are made by {@link PasswordHashes}. */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    private ChangeLog changes;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private PasswordHashes hashes;

    @Inject
    private OrganisationService organisations;

    /**
     * Opens an account with the password given, which must keep {@link PasswordRules}: only the first hub manager's, at
     * setup ({@link HubSetup}). Everyone else is invited ({@link Invitations}) and chooses their own.
     */
    Account open(@NotNull @Valid NewAccount details) {
        return persist(new Account(details, null, hashes.of(details.getPassword())));
    }

    /**
     * Demo data only: an account with the documented demo password, its hash made as cheaply as older hubs made them
     * ({@link PasswordHashes#ofDemo}). A tenant names their organisation.
     */
    public Account openForDemo(NewAccount details, Long organisationId) {
        Organisation organisation = organisationId == null ? null : organisations.byId(organisationId);
        return persist(new Account(details, organisation, PasswordHashes.ofDemo(details.getPassword())));
    }

    /**
     * Opens an invited person's account with a password nobody knows (a hash of nothing: random salt and key), so it
     * cannot sign in until they choose theirs from the invitation. A tenant names their organisation, and nobody else
     * may (refused, not dropped); a language, if given, is theirs until they choose another.
     */
    Account openInvited(NewAccount details, Long organisationId, String language) {
        Organisation organisation = organisationId == null ? null : organisations.byId(organisationId);
        Account account = new Account(details, organisation, PasswordHashes.unusable());
        account.chooseOwn(language, null);
        return persist(account);
    }

    /** Every account, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> all() {
        return entityManager.createNamedQuery("Account.all", Account.class).getResultList();
    }

    /**
     * The hub manager's change to an account, all or nothing: a new name, a new email address (blank: none), deactivated
     * (active false) or brought back (true). What is left out (null) stays as it was.
     */
    public Account change(long id, String displayName, String email, Boolean active) {
        Account account = byId(id);
        if (displayName != null || email != null) {
            account.describe(
                    displayName == null ? account.getDisplayName() : displayName,
                    email == null ? account.getEmail() : email);
            changes.record(ChangedThing.ACCOUNT, Change.CHANGED, account.getId(), account.getUsername());
        }
        if (Boolean.FALSE.equals(active)) {
            deactivate(id);
        } else if (Boolean.TRUE.equals(active) && !account.isActive()) {
            reactivate(id);
        }
        return account;
    }

    /** The language someone reads the hub in from now on (their own choice, so not a change for the log). */
    public void speak(String username, Locale language) {
        byUsername(username).ifPresent(account -> account.speak(language));
    }

    public List<Account> members(long organisationId) {
        return entityManager
                .createNamedQuery("Account.members", Account.class)
                .setParameter("organisation", organisations.byId(organisationId))
                .getResultList();
    }

    /** Read on every API call to know who is calling, so it starts no transaction of its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> byUsername(String username) {
        return entityManager
                .createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public Account byId(long id) {
        Account account = entityManager.find(Account.class, id);
        if (account == null) {
            throw Refusal.notFound("account.notFound", id);
        }
        return account;
    }

    /** Deactivates an account; never the last active hub manager, so someone can always manage the hub. */
    public Account deactivate(long id) {
        Account account = byId(id);
        if (account.isActive() && account.getRole() == Role.ADMIN) {
            // the active managers are locked, so two managers deactivating each other at once cannot both succeed
            List<Account> managers = entityManager
                    .createNamedQuery("Account.activeManagers", Account.class)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            if (managers.size() <= 1) {
                throw Refusal.conflict("active", "account.lastManager", account.getUsername());
            }
        }
        account.deactivate();
        SecurityEvents.deactivated(account);
        changes.record(ChangedThing.ACCOUNT, Change.DEACTIVATED, account.getId(), account.getUsername());
        return account;
    }

    /** The caller's own language and email address, from My account. */
    public Account changeOwn(String username, String language, String email) {
        Account account = byUsername(username)
                .filter(Account::isActive)
                .orElseThrow(() -> Refusal.notFound("account.gone", username));
        String before = account.getEmail();
        account.chooseOwn(language, email);
        if (!java.util.Objects.equals(before, account.getEmail())) {
            SecurityEvents.contactChanged(account);
        }
        return account;
    }

    /**
     * The hub manager lifted the sign-in hold on this username early (the web tier keeps the holds): logged as a change
     * and a security event, naming the account only when there is one.
     */
    public void holdLifted(String username) {
        Optional<Account> account = byUsername(username.trim());
        changes.record(
                ChangedThing.ACCOUNT,
                Change.HOLD_LIFTED,
                account.map(Account::getId).orElse(null),
                account.map(Account::getUsername).orElse(null),
                account.isPresent() ? null : "a username no account has");
        SecurityEvents.holdLifted(account.map(Account::getUsername).orElse(null));
    }

    public Account reactivate(long id) {
        Account account = byId(id);
        account.reactivate();
        SecurityEvents.reactivated(account);
        changes.record(ChangedThing.ACCOUNT, Change.REACTIVATED, account.getId(), account.getUsername());
        return account;
    }

    /**
     * After a successful sign-in with this password: a hash made with weaker parameters than today's is made again,
     * so older hashes grow stronger without anyone being asked to change their password.
     */
    public void strengthenHash(String username, String password) {
        byUsername(username)
                .filter(account -> PasswordHashes.isWeak(account.getPasswordHash()))
                .ifPresent(account -> account.rehash(hashes.of(password)));
    }

    /** Whether this is the account's password. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isPasswordOf(Account account, String password) {
        return hashes.matches(password, account.getPasswordHash());
    }

    /** Sets a new password, which must follow the hub's rules; sessions signed in with the old one end. */
    public void setPassword(Account account, String field, String newPassword) {
        PasswordRules.problemWith(newPassword).ifPresent(problem -> {
            throw Refusal.invalid(field, problem.messageKey());
        });
        entityManager.find(Account.class, account.getId()).changePasswordHash(hashes.of(newPassword));
    }

    /** The credentials version and whether the account is active, read on each signed-in page request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Integer> activeCredentialsVersion(String username) {
        return entityManager
                .createNamedQuery("Account.credentials", Integer.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** An active account by its username or, failing that, by its email address (ignoring case). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> activeByUsernameOrEmail(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
            return Optional.empty();
        }
        String wanted = usernameOrEmail.trim();
        Optional<Account> byName = byUsername(wanted).filter(Account::isActive);
        if (byName.isPresent()) {
            return byName;
        }
        List<Account> byEmail = entityManager
                .createNamedQuery("Account.activeByEmail", Account.class)
                .setParameter("email", wanted.toLowerCase(java.util.Locale.ROOT))
                .getResultList();
        // an address two accounts share names neither: the person is asked for their username instead
        return byEmail.size() == 1 ? Optional.of(byEmail.get(0)) : Optional.empty();
    }

    public long count() {
        return entityManager
                .createQuery("select count(a) from Account a", Long.class)
                .getSingleResult();
    }

    private Account persist(Account account) {
        if (byUsername(account.getUsername()).isPresent()) {
            throw Refusal.conflict("username", "account.username.taken", account.getUsername());
        }
        entityManager.persist(account);
        try {
            entityManager.flush();
        } catch (PersistenceException duplicate) {
            throw Refusal.conflict("username", "account.username.taken", account.getUsername());
        }
        return account;
    }
}
