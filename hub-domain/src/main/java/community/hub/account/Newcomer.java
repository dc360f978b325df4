package community.hub.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Someone about to have an account, by the hub's rules for names: the username they will sign in with and the name
 * others see. The forms that open an account ({@link Invitation}, {@link FirstManager}, {@link NewAccount}) add the rest.
 */
public abstract class Newcomer {

    @NotBlank(message = "{account.username.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}", message = "{account.username.pattern}")
    private String username;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 80, message = "{account.displayName.size}")
    private String displayName;

    protected Newcomer() {
        // an empty form
    }

    protected Newcomer(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
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
}
