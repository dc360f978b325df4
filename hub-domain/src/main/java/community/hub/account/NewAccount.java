package community.hub.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What it takes to open an account: who the person is, their role, and a first password that keeps the hub's rules. */
public class NewAccount extends Newcomer {

    @Email(message = "{account.email.format}")
    @Size(max = 120, message = "{account.email.size}")
    private String email;

    @NotNull(message = "{account.role.required}")
    private Role role;

    /** Only the first hub manager's, at setup: everyone else chooses theirs from an invitation. */
    @AcceptablePassword
    private String password;

    public NewAccount() {
        // an empty form
    }

    public NewAccount(String username, String displayName, String email, Role role, String password) {
        super(username, displayName);
        this.email = email;
        this.role = role;
        this.password = password;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
