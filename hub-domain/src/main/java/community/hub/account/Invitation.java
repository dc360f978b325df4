package community.hub.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Whom the hub manager invites: their username, name, email address (where the invitation goes) and role, and for a
 * tenant member their organisation. They choose their own password from the invitation's link.
 */
public class Invitation extends Newcomer {

    @NotBlank(message = "{account.email.requiredForInvitation}")
    @Email(message = "{account.email.format}")
    @Size(max = 120, message = "{account.email.size}")
    private String email;

    @NotNull(message = "{account.role.required}")
    private Role role;

    private Long organisationId;

    /** For a café volunteer: the member of the café team they are (the café rota links the two as the account is made). */
    private Long rotaMemberId;

    /**
     * The language of the invitation, and of the hub for them until they choose their own on My account; none: the
     * invitation in English, the pages in their browser's language. The account refuses one it does not know
     * ({@link Account#LANGUAGES}).
     */
    private String language;

    public Invitation() {
        // an empty form
    }

    public Invitation(String username, String displayName, String email, Role role, Long organisationId) {
        super(username, displayName);
        this.email = email;
        this.role = role;
        this.organisationId = organisationId;
    }

    NewAccount toAccount() {
        return new NewAccount(getUsername(), getDisplayName(), email, role, null);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getRotaMemberId() {
        return rotaMemberId;
    }

    public void setRotaMemberId(Long rotaMemberId) {
        this.rotaMemberId = rotaMemberId;
    }
}
