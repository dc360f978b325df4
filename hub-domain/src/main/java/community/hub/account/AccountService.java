package community.hub.account;

import community.hub.Refusal;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opens, finds and closes accounts, and is the only place that turns a password into a hash. */
@ApplicationScoped
@Transactional
public class AccountService {

    /**
     * The parameters new hashes are made with. Every API call checks a password, so the iteration count
     * balances cost against speed; stored hashes carry their own parameters, so raising it later is safe.
     */
    public static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "4096",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private OrganisationService organisations;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(HASH_PARAMETERS);
    }

    /** Opens an account for staff, an admin or a volunteer. */
    public Account open(@NotNull @Valid NewAccount details) {
        return persist(new Account(details, null, hash(details.getPassword())));
    }

    /** Opens a tenant account for a member of the given organisation. */
    public Account addMember(long organisationId, @NotNull @Valid NewAccount details) {
        Organisation organisation = organisations.byId(organisationId);
        return persist(new Account(details, organisation, hash(details.getPassword())));
    }

    public List<Account> members(long organisationId) {
        return entityManager.createNamedQuery("Account.members", Account.class)
                .setParameter("organisation", organisations.byId(organisationId)).getResultList();
    }

    /** Read on every API call to know who is calling, so it starts no transaction of its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> byUsername(String username) {
        return entityManager.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    public Account byId(long id) {
        Account account = entityManager.find(Account.class, id);
        if (account == null) {
            throw Refusal.notFound("account.notFound", id);
        }
        return account;
    }

    public Account deactivate(long id) {
        Account account = byId(id);
        account.deactivate();
        return account;
    }

    public Account reactivate(long id) {
        Account account = byId(id);
        account.reactivate();
        return account;
    }

    public long count() {
        return entityManager.createQuery("select count(a) from Account a", Long.class).getSingleResult();
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
