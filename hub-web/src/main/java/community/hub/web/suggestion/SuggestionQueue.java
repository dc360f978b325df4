package community.hub.web.suggestion;

import community.hub.HubTime;
import community.hub.suggestion.Suggestion;
import community.hub.suggestion.SuggestionDesk;
import community.hub.suggestion.Suggestions;
import community.hub.web.FieldMessages;
import community.hub.web.language.Formats;
import community.hub.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Staff's list of ideas: the queue waiting to be checked first, or those published, set aside or merged; and the form
 * to record an idea someone gave in person or on paper, with how many people backed it there.
 */
@Named
@RequestScoped
public class SuggestionQueue {

    /** The lists staff choose between, as the API names them. */
    public static final List<String> SHOWN = List.of("new", "published", "set_aside", "merged");

    @Inject
    private IdeaLists lists;

    @Inject
    private Suggestions suggestions;

    @Inject
    private SuggestionDesk desk;

    @Inject
    private Caller caller;

    private String show = "new";
    private List<StaffIdea> ideas = List.of();
    private Long waiting;

    private final IdeaForm newIdea = new IdeaForm();
    private Integer backedBy = 1;

    public void load() {
        if (!SHOWN.contains(show)) {
            show = "new";
        }
        ideas = lists.forStaff(show, null);
    }

    public String record() {
        return FieldMessages.attempt(() -> desk.recordInPerson(
                        newIdea.details(),
                        newIdea.getEmail(),
                        backedBy == null ? 0 : backedBy,
                        caller.account().orElseThrow()))
                .map(Suggestion::getId)
                .map(id -> {
                    FieldMessages.done("staffIdeas.recorded", newIdea.getTitle().strip());
                    return "/staff/suggestion?faces-redirect=true&id=" + id;
                })
                .orElse(null);
    }

    /** When the idea came in, UK time, as the page's language writes it: "6 Dec 2026, 09:20". */
    public String sent(StaffIdea idea) {
        return Formats.date(Formats.locale(), "dateTime.compact")
                .withZone(HubTime.ZONE)
                .format(idea.createdAt());
    }

    /** How many ideas wait to be checked, for the staff navigation. */
    public long getWaiting() {
        if (waiting == null) {
            waiting = suggestions.waiting();
        }
        return waiting;
    }

    public List<String> getShown() {
        return SHOWN;
    }

    public List<StaffIdea> getIdeas() {
        return ideas;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public IdeaForm getIdea() {
        return newIdea;
    }

    public Integer getBackedBy() {
        return backedBy;
    }

    public void setBackedBy(Integer backedBy) {
        this.backedBy = backedBy;
    }
}
