package community.hub.account;

import community.hub.settings.HubSettingsService;
import community.hub.settings.SettingsDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;

/**
 * The first start of a real hub: while no account exists the hub is being set up, and a one-time setup link lets the
 * hub manager create their own account and the hub's settings, together or not at all. There is no default password.
 */
@ApplicationScoped
@Transactional
public class HubSetup {

    @Inject
    private AccountService accounts;

    @Inject
    private OneTimeLinks links;

    @Inject
    private HubSettingsService settings;

    @Inject
    private Clock clock;

    /** Once set up, a hub stays set up: no need to ask the database again. */
    private volatile boolean setUp;

    /** Whether the hub has its first account; until then every page says it is being set up. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSetUp() {
        if (!setUp && accounts.count() > 0) {
            setUp = true;
        }
        return setUp;
    }

    /** A new setup link (older ones stop working) while the hub has no account; nothing once it has. */
    public Optional<OneTimeLinks.Issued> newLinkIfNeeded() {
        return isSetUp() ? Optional.empty() : Optional.of(links.issue(LinkPurpose.SETUP, null, clock.instant()));
    }

    /** Whether the setup link can be used; once the hub is set up, none can. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LinkState linkState(String token) {
        LinkState state = links.stateOf(token, LinkPurpose.SETUP, clock.instant());
        return state == LinkState.USABLE && isSetUp() ? LinkState.USED : state;
    }

    /** The hub manager's account and the hub's settings, made with the setup link, which is then used up. */
    public Account complete(
            String token, @NotNull @Valid FirstManager manager, @NotNull @Valid SettingsDetails details) {
        links.use(token, LinkPurpose.SETUP, clock.instant());
        if (accounts.count() > 0) {
            throw new UnusableLink(LinkState.USED);
        }
        Account account = accounts.open(manager.toAccount());
        settings.change(details);
        SecurityEvents.hubSetUp(account);
        return account;
    }
}
