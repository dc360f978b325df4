package community.hub.account;

import community.hub.Refusal;

/** A one-time link that cannot be used (any more): the state says why, so the page can say what to do next. */
public class UnusableLink extends Refusal {

    private final LinkState state;

    public UnusableLink(LinkState state) {
        super(Kind.INVALID, "token", "link." + state.name().toLowerCase(java.util.Locale.ROOT));
        this.state = state;
    }

    public LinkState state() {
        return state;
    }
}
