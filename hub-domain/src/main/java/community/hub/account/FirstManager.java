package community.hub.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The first hub manager as they describe themselves on the setup page, with the password they choose. */
public class FirstManager {

    @NotBlank(message = "{account.username.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}", message = "{account.username.pattern}")
    private String username;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 80, message = "{account.displayName.size}")
    private String displayName;

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
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.password = password;
    }

    NewAccount toAccount() {
        return new NewAccount(username.trim(), displayName, email, Role.ADMIN, password);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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
