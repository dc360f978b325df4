package community.hub.web.suggestion;

import community.hub.suggestion.IdeaDetails;
import community.hub.suggestion.SuggestionService;
import community.hub.web.FieldMessages;
import community.hub.web.language.LanguageChoice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * "Suggest an activity", for anyone without an account: what, who it is for, when would suit, and an address for the
 * answer if they want one. A robot that fills in the hidden field is thanked like anyone and nothing is kept.
 */
@Named
@RequestScoped
public class SuggestPage {

    @Inject
    private SuggestionService residents;

    @Inject
    private SuggestionGate gate;

    /** The language the resident reads the hub in, which the hub's emails to them speak. */
    @Inject
    private LanguageChoice language;

    @Inject
    private ExternalContext external;

    private final IdeaForm idea = new IdeaForm();
    /** The field people never see (a robot fills it in). */
    private String website;

    public String send() {
        boolean person = website == null || website.isBlank();
        boolean sent = !person
                || FieldMessages.attempt(() -> {
                            IdeaDetails details = idea.details();
                            gate.count((HttpServletRequest) external.getRequest());
                            return residents.suggest(details, idea.getEmail(), language.getLocale());
                        })
                        .isPresent();
        if (!sent) {
            return null;
        }
        FieldMessages.done(idea.hasEmail() ? "suggest.thanksWithEmail" : "suggest.thanks");
        return "/ideas/suggest?faces-redirect=true&sent=true";
    }

    public IdeaForm getIdea() {
        return idea;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
