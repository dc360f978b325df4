package community.hub.web.suggestion;

import community.hub.suggestion.Audiences;
import community.hub.suggestion.IdeaDetails;
import community.hub.suggestion.SuggestionService;
import community.hub.web.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;

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

    @Inject
    private ExternalContext external;

    private String title;
    private String description;
    private List<String> audience = new ArrayList<>();
    private String whenSuits;
    private String email;
    /** The field people never see (a robot fills it in). */
    private String website;

    public String send() {
        boolean person = website == null || website.isBlank();
        boolean sent = !person
                || FieldMessages.attempt(() -> {
                            IdeaDetails details = IdeaDetails.of(title, description, audience, whenSuits);
                            gate.count((HttpServletRequest) external.getRequest());
                            return residents.suggest(details, email);
                        })
                        .isPresent();
        if (!sent) {
            return null;
        }
        FieldMessages.done(email == null || email.isBlank() ? "suggest.thanks" : "suggest.thanksWithEmail");
        return "/ideas/suggest?faces-redirect=true&sent=true";
    }

    public List<String> getAudiences() {
        return Audiences.TAGS;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getAudience() {
        return audience;
    }

    public void setAudience(List<String> audience) {
        this.audience = audience;
    }

    public String getWhenSuits() {
        return whenSuits;
    }

    public void setWhenSuits(String whenSuits) {
        this.whenSuits = whenSuits;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
