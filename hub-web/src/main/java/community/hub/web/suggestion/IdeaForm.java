package community.hub.web.suggestion;

import community.hub.suggestion.Audiences;
import community.hub.suggestion.IdeaDetails;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of an idea as a person fills them in (what, more about it, who for, when would suit, an address for the
 * answer), shared by the public "Suggest an activity" page and staff's "record an idea" form ({@code idea-fields.xhtml}).
 */
public class IdeaForm {

    private String title;
    private String description;
    private List<String> audience = new ArrayList<>();
    private String whenSuits;
    private String email;

    /** The idea as the hub takes it, checked by its rules when given to them. */
    public IdeaDetails details() {
        return IdeaDetails.of(title, description, audience, whenSuits);
    }

    /** Whether an address was given for the answer. */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
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
}
