package community.hub.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The first hub manager as they describe themselves on the setup page, with the password they choose. */
public class FirstManager extends Newcomer {

    @NotBlank(message = "{account.email.requiredForManager}")
    @Email(message = "{account.email.format}")
    @Size(max = 120, message = "{account.email.size}")
    private String email;

    @AcceptablePassword
    private String password;

    public FirstManager() {
        // an empty form
    }

    public FirstManager(String username, String displayName, String email, String password) {
        super(username, displayName);
        this.email = email;
        this.password = password;
    }

    NewAccount toAccount() {
        return new NewAccount(getUsername().trim(), getDisplayName(), email, Role.ADMIN, password);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
