package community.hub.account;

import community.hub.Refusal;
import community.hub.organisation.Organisation;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Someone who signs in. A tenant always belongs to exactly one organisation; nobody else belongs to one.
 * The password is never held, only its PBKDF2 hash.
 */
@Entity
@Table(name = "account")
// Read on every API call: the organisation comes in the same statement rather than a second one.
@NamedQuery(
        name = "Account.byUsername",
        query = "select a from Account a left join fetch a.organisation where a.username = :username")
@NamedQuery(
        name = "Account.credentials",
        query = "select a.credentialsVersion from Account a where a.username = :username and a.active = true")
@NamedQuery(
        name = "Account.activeByEmail",
        query = "select a from Account a where lower(a.email) = :email and a.active = true")
@NamedQuery(
        name = "Account.all",
        query = "select a from Account a left join fetch a.organisation order by a.displayName, a.id")
@NamedQuery(
        name = "Account.activeManagers",
        query = "select a from Account a where a.role = community.hub.account.Role.ADMIN and a.active = true")
@NamedQuery(
        name = "Account.members",
        query = "select a from Account a where a.organisation = :organisation order by a.displayName")
public class Account {

    /** The languages someone may choose for themselves: English and Polish. */
    public static final List<String> LANGUAGES = List.of("en", "pl");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Column(length = 120)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_role", nullable = false, length = 20)
    private Role role;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private boolean active = true;

    /** The language the hub speaks to its owner in, as they chose it: one of {@link #LANGUAGES}; none until they do. */
    @Column(name = "chosen_language", length = 5)
    private String chosenLanguage;

    /** Raised whenever the password changes or the account is deactivated: sessions signed in before then end. */
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    /** An account for someone with the given role; a tenant must name their organisation, no one else may. */
    public Account(NewAccount details, Organisation organisation, String passwordHash) {
        if (details.getRole() == Role.TENANT && organisation == null) {
            throw Refusal.invalid("role", "account.organisation.onlyTenants");
        }
        if (details.getRole() != Role.TENANT && organisation != null) {
            throw Refusal.invalid("organisationId", "account.organisation.onlyTenants");
        }
        this.username = details.getUsername().trim();
        this.displayName = details.getDisplayName().trim();
        this.email = details.getEmail() == null || details.getEmail().isBlank()
                ? null
                : details.getEmail().trim();
        this.role = details.getRole();
        this.organisation = organisation;
        this.passwordHash = passwordHash;
    }

    /** Hub staff act for every organisation; a tenant only for their own; a volunteer for none. */
    public boolean actsFor(Organisation other) {
        return switch (role) {
            case ADMIN, STAFF -> true;
            case TENANT -> organisation.getId().equals(other.getId());
            case VOLUNTEER -> false;
        };
    }

    /** A new name or email address (blank: none), as the hub manager corrects them. */
    public void describe(String newDisplayName, String newEmail) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw Refusal.invalid("displayName", "account.displayName.required");
        }
        if (newDisplayName.trim().length() > 80) {
            throw Refusal.invalid("displayName", "account.displayName.size");
        }
        String address = newEmail == null || newEmail.isBlank() ? null : newEmail.trim();
        if (address != null && (address.length() > 120 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw Refusal.invalid("email", "account.email.format");
        }
        this.displayName = newDisplayName.trim();
        this.email = address;
    }

    /**
     * The person's own choices on My account: the language the hub speaks to them in, and the email address it writes
     * to (blank: none, and then nobody can send them a reset link). A choice left out (null) stays as it was.
     */
    public void chooseOwn(String language, String newEmail) {
        if (language != null && !LANGUAGES.contains(language)) {
            throw Refusal.invalid("language", "account.language.unknown");
        }
        describe(displayName, newEmail == null ? email : newEmail);
        if (language != null) {
            chosenLanguage = language;
        }
    }

    /** A new password: every session signed in with the old one ends. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        credentialsVersion++;
    }

    /** The same password hashed again with stronger parameters: sessions go on. */
    public void rehash(String strongerHash) {
        this.passwordHash = strongerHash;
    }

    /** The person can no longer sign in; their name stays on what they did, and their sessions end. */
    public void deactivate() {
        active = false;
        credentialsVersion++;
    }

    public void reactivate() {
        active = true;
    }

    /** The language they read the hub in from now on, as the switcher on every page chose it. */
    public void speak(Locale chosen) {
        if (chosen != null && LANGUAGES.contains(chosen.getLanguage())) {
            chosenLanguage = chosen.getLanguage();
        }
    }

    /** The language they chose, as a locale; none if they have not chosen one. */
    public Optional<Locale> language() {
        return Optional.ofNullable(chosenLanguage).map(Locale::forLanguageTag);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Whether the account acts for the hub itself: its coordinators and its manager. The one place the hub says so. */
    public boolean isStaff() {
        return role == Role.ADMIN || role == Role.STAFF;
    }

    /** The organisation the account acts for: a tenant's own; none for staff, who act for the hub, nor for volunteers. */
    public Optional<Organisation> organisationActedFor() {
        return role == Role.TENANT ? Optional.ofNullable(organisation) : Optional.empty();
    }

    public Role getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isActive() {
        return active;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }
}
