package community.hub.web.suggestion;

import community.hub.Refusal;
import community.hub.mail.SuggestionMailOutbox;
import community.hub.web.FieldMessages;
import community.hub.web.NotFoundPage;
import community.hub.web.language.LanguageChoice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Supporting one published idea: an address, and a link sent to it that makes the support count. */
@Named
@RequestScoped
public class SupportPage {

    @Inject
    private IdeaLists lists;

    @Inject
    private SuggestionMailOutbox mails;

    @Inject
    private SuggestionGate gate;

    /** The language the resident reads the hub in, which the hub's emails to them speak. */
    @Inject
    private LanguageChoice language;

    @Inject
    private ExternalContext external;

    private Long id;
    private PublicIdea idea;
    private String email;

    public void load() {
        try {
            idea = id == null ? null : lists.forPublic(id);
        } catch (Refusal notPublished) {
            idea = null;
        }
        if (idea == null) {
            NotFoundPage.send();
        }
    }

    public String support() {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        boolean asked = FieldMessages.attempt(() -> {
                    gate.count(request);
                    mails.support(id, email, language.getLocale(), gate.links(request));
                    return true;
                })
                .isPresent();
        if (!asked) {
            return null;
        }
        FieldMessages.done("support.sent", email.strip());
        return "/ideas/index?faces-redirect=true";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublicIdea getIdea() {
        return idea;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
