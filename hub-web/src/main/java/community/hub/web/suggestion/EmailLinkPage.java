package community.hub.web.suggestion;

import community.hub.suggestion.Suggestion;
import community.hub.suggestion.SuggestionService;
import community.hub.web.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The pages the links in the hub's emails about ideas open: confirming a support, and forgetting an address. Each asks
 * for a press of a button first, so a mail program that opens links to check them changes nothing.
 */
@Named
@RequestScoped
public class EmailLinkPage {

    @Inject
    private SuggestionService residents;

    private String token;
    private String done;

    public String confirm() {
        FieldMessages.attempt(() -> residents.confirm(token))
                .map(Suggestion::getTitle)
                .ifPresent(title -> {
                    FieldMessages.done("confirm.done", title);
                    done = "/ideas/index?faces-redirect=true";
                });
        return done;
    }

    public String forget() {
        boolean forgotten = residents.forget(token);
        FieldMessages.done(forgotten ? "forget.done" : "forget.nothing");
        return "/ideas/forget?faces-redirect=true&done=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
