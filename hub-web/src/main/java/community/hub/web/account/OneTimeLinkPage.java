package community.hub.web.account;

import community.hub.Refusal;
import community.hub.account.LinkState;
import community.hub.account.UnusableLink;
import java.io.Serializable;
import java.util.Locale;

/**
 * A page a one-time link opens (an invitation, a password reset): it says plainly when the link was used, has
 * expired or was never ours, and otherwise lets the person choose a password once.
 */
abstract class OneTimeLinkPage implements Serializable {

    private String token;
    private LinkState state;

    /** What the link's token allows now. */
    protected abstract LinkState linkState(String token);

    public void load() {
        if (state == null) {
            state = linkState(token);
        }
    }

    /** Shows the plain page when a refusal says the link cannot be used; other refusals go beside their fields. */
    protected boolean showUnusable(Refusal refusal) {
        if (refusal instanceof UnusableLink unusable) {
            state = unusable.state();
            return true;
        }
        return false;
    }

    public boolean isUsable() {
        return state == LinkState.USABLE;
    }

    public String getState() {
        return state.name().toLowerCase(Locale.ROOT);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
