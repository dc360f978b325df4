package community.hub.account;

import community.hub.Refusal;
import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Opens, finds and closes accounts, and is the only place that turns a password into a hash.
 * Over 300 lines: opening and changing an account and setting its password are one transaction each, so the
 * hashing lives beside them rather than behind another bean.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    private ChangeLog changes;

    /**
     * PBKDF2-HMAC-SHA256 iterations of new hashes: OWASP's recommendation (Password Storage Cheat Sheet, 2023 on).
     * Stored hashes carry their own parameters; one made with fewer is made again at its owner's next sign-in.
     */
    public static final int ITERATIONS = 600_000;

    /** The iterations of the demo accounts' hashes: the hub's old parameters, strengthened at each one's first sign-in. */
    public static final int DEMO_ITERATIONS = 4096;

    /** The parameters new hashes are made with. API clients' sign-ins are remembered a while, so few calls pay this. */
    public static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private OrganisationService organisations;

    /** A hash of no one's password, made as every new hash is: checking a password against it costs what a real check does. */
    private String noOnesHash;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(HASH_PARAMETERS);
        noOnesHash = unusableHash();
    }

    /**
     * Spends on this password what checking it against an account's would cost, for a username no active account has:
     * a sign-in then takes as long whether the username exists or not, so the time taken does not tell. Always false.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isPasswordOfNobody(String password) {
        passwordHash.verify((password == null ? "" : password).toCharArray(), noOnesHash);
        return false;
    }

    /**
     * Opens an account with the password given, which must keep {@link PasswordRules}: only the first hub manager's, at
     * setup ({@link HubSetup}). Everyone else is invited ({@link Invitations}) and chooses their own.
     */
    Account open(@NotNull @Valid NewAccount details) {
        return persist(new Account(details, null, hash(details.getPassword())));
    }

    /**
     * Demo data only: an account with the documented demo password, hashed with the cheaper parameters of older hubs
     * ({@link #DEMO_ITERATIONS}) so the demo starts quickly; like any older hash it is made as strong as the others at
     * its first sign-in. A tenant names their organisation.
     */
    public Account openForDemo(NewAccount details, Long organisationId) {
        Organisation organisation = organisationId == null ? null : organisations.byId(organisationId);
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(details.getPassword().toCharArray(), salt, DEMO_ITERATIONS, 256))
                    .getEncoded();
            return persist(new Account(
                    details,
                    organisation,
                    "PBKDF2WithHmacSHA256:" + DEMO_ITERATIONS + ":"
                            + Base64.getEncoder().encodeToString(salt) + ":"
                            + Base64.getEncoder().encodeToString(key)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", impossible);
        }
    }

    /**
     * Opens an invited person's account with a password nobody knows (a hash of nothing: random salt and key), so it
     * cannot sign in until they choose theirs from the invitation. A tenant names their organisation.
     */
    Account openInvited(NewAccount details, Long organisationId) {
        Organisation organisation =
                details.getRole() == Role.TENANT && organisationId != null ? organisations.byId(organisationId) : null;
        return persist(new Account(details, organisation, unusableHash()));
    }

    private static String unusableHash() {
        byte[] salt = new byte[32];
        byte[] key = new byte[32];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(key);
        return "PBKDF2WithHmacSHA256:" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }

    /** Every account, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> all() {
        return entityManager.createNamedQuery("Account.all", Account.class).getResultList();
    }

    /**
     * The hub manager's change to an account, all or nothing: a new name and email address when a name is given,
     * deactivated (active false) or brought back (true) when asked.
     */
    public Account change(long id, String displayName, String email, Boolean active) {
        Account account = byId(id);
        if (displayName != null) {
            account.describe(displayName, email);
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
                .filter(account -> isWeak(account.getPasswordHash()))
                .ifPresent(account -> account.rehash(hash(password)));
    }

    static boolean isWeak(String storedHash) {
        String[] parts = storedHash.split(":");
        try {
            return parts.length < 2
                    || !"PBKDF2WithHmacSHA256".equals(parts[0])
                    || Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }

    /** Whether this is the account's password. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isPasswordOf(Account account, String password) {
        return password != null && passwordHash.verify(password.toCharArray(), account.getPasswordHash());
    }

    /** Sets a new password, which must follow the hub's rules; sessions signed in with the old one end. */
    public void setPassword(Account account, String field, String newPassword) {
        PasswordRules.problemWith(newPassword).ifPresent(problem -> {
            throw Refusal.invalid(field, problem.messageKey());
        });
        entityManager.find(Account.class, account.getId()).changePasswordHash(hash(newPassword));
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

    private String hash(String password) {
        return passwordHash.generate(password.toCharArray());
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
