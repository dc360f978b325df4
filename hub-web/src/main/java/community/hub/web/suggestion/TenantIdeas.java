package community.hub.web.suggestion;

import community.hub.account.Account;
import community.hub.suggestion.Offers;
import community.hub.web.FieldMessages;
import community.hub.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Residents' ideas for a tenant: the open published ones, each of which their organisation may offer to run. */
@Named
@RequestScoped
public class TenantIdeas {

    @Inject
    private IdeaLists lists;

    @Inject
    private Offers offers;

    @Inject
    private Caller caller;

    private List<PublicIdea> ideas;

    public List<PublicIdea> getIdeas() {
        if (ideas == null) {
            ideas = lists.forPublic(null, null).stream()
                    .filter(idea ->
                            !idea.status().equals("happening") && !idea.status().equals("not_possible"))
                    .toList();
        }
        return ideas;
    }

    /** Whether the caller's organisation has offered to run this idea already. */
    public boolean offered(PublicIdea idea) {
        return idea.offeredBy().contains(me().getOrganisation().getName());
    }

    public String offer(long ideaId) {
        return FieldMessages.attempt(() -> offers.offer(ideaId, null, me()))
                .map(offer -> {
                    FieldMessages.done(
                            "tenantIdeas.offered", me().getOrganisation().getName());
                    return "/tenant/ideas?faces-redirect=true";
                })
                .orElse(null);
    }

    private Account me() {
        return caller.account().orElseThrow();
    }
}
