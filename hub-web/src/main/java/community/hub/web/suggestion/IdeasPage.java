package community.hub.web.suggestion;

import community.hub.Refusal;
import community.hub.suggestion.IdeaOrder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The public list of ideas, by support, newest or status, each with a bar for its supports; and "You said, we did":
 * what came of the ideas the hub has answered.
 */
@Named
@RequestScoped
public class IdeasPage {

    private static final int ANSWERED = 20;

    @Inject
    private IdeaLists lists;

    private String sort;
    private String status;
    private List<PublicIdea> ideas = List.of();
    private List<PublicIdea> answered = List.of();
    private int mostSupports;

    public void load() {
        try {
            ideas = lists.forPublic(status, sort);
        } catch (Refusal unknownChoice) {
            status = null;
            sort = null;
            ideas = lists.forPublic(null, null);
        }
        answered = lists.answered(ANSWERED);
        mostSupports = ideas.stream().mapToInt(PublicIdea::supports).max().orElse(0);
    }

    /** How long an idea's support bar is, as a percentage of the most supported idea's. */
    public int barOf(PublicIdea idea) {
        return mostSupports == 0 ? 0 : Math.round(100f * idea.supports() / mostSupports);
    }

    public IdeaOrder[] getOrders() {
        return IdeaOrder.values();
    }

    public String[] getStatuses() {
        return new String[] {"new", "considering", "planned", "happening", "not_possible"};
    }

    public List<PublicIdea> getIdeas() {
        return ideas;
    }

    public List<PublicIdea> getAnswered() {
        return answered;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
