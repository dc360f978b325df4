package community.hub.web.suggestion;

import community.hub.Refusal;
import community.hub.mail.SuggestionMailOutbox;
import community.hub.suggestion.SuggestionDesk;
import community.hub.suggestion.SuggestionStatus;
import community.hub.web.FieldMessages;
import community.hub.web.NotFoundPage;
import community.hub.web.security.Caller;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One idea for staff: publish it, set it aside with a reason, merge it into another, count people who backed it in
 * person, answer it in public (seeing the offers to run it), and turn it into a booking. View-scoped: which forms the
 * page shows depends on the idea, and a postback must find the same ones. It holds view models, never entities.
 */
@Named
@ViewScoped
public class IdeaDeskPage implements Serializable {

    @Inject
    private IdeaLists lists;

    @Inject
    private SuggestionDesk desk;

    @Inject
    private SuggestionMailOutbox mails;

    @Inject
    private SuggestionGate gate;

    @Inject
    private Caller caller;

    @Inject
    private ExternalContext external;

    private Long id;
    private StaffIdea idea;
    private List<StaffIdea> others = List.of();
    private String reason;
    private Long into;
    private Integer people;
    private String status;
    private String answer;

    public void load() {
        if (getIdea() == null) {
            NotFoundPage.send();
            return;
        }
        others = Stream.concat(lists.forStaff("published", null).stream(), lists.forStaff("new", null).stream())
                .filter(other -> other.id() != idea.id())
                .toList();
        if (status == null && !idea.status().equals("new")) {
            status = idea.status();
            answer = idea.answer();
        }
    }

    public String publish() {
        return after(
                FieldMessages.attempt(() -> {
                            mails.publish(id, gate.links(request()));
                            return true;
                        })
                        .isPresent(),
                "staffIdea.published");
    }

    public String setAside() {
        return after(FieldMessages.attempt(() -> desk.setAside(id, reason)).isPresent(), "staffIdea.setAsideDone");
    }

    public String merge() {
        if (into == null) {
            FieldMessages.beside("into", "staffIdea.chooseIdea");
            return null;
        }
        return FieldMessages.attempt(() -> desk.merge(id, into))
                .map(merged -> {
                    FieldMessages.done("staffIdea.mergedDone", merged.getTitle());
                    return "/staff/suggestion?faces-redirect=true&id=" + merged.getId();
                })
                .orElse(null);
    }

    public String count() {
        if (people == null) {
            FieldMessages.beside("people", "staffIdea.countPeople");
            return null;
        }
        return after(
                FieldMessages.attempt(() ->
                                desk.addInPerson(id, people, caller.account().orElseThrow()))
                        .isPresent(),
                "staffIdea.counted",
                people);
    }

    public String answer() {
        return after(
                FieldMessages.attempt(() -> {
                            mails.answer(id, IdeaLists.publicStatus(status), answer, gate.links(request()));
                            return true;
                        })
                        .isPresent(),
                "staffIdea.answered");
    }

    private String after(boolean done, String message, Object... arguments) {
        if (!done) {
            return null;
        }
        FieldMessages.done(message, arguments);
        return "/staff/suggestion?faces-redirect=true&id=" + id;
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) external.getRequest();
    }

    public List<String> getAnswers() {
        return Arrays.stream(SuggestionStatus.values())
                .filter(SuggestionStatus::isAnAnswer)
                .map(answerStatus -> answerStatus.name().toLowerCase(Locale.ROOT))
                .toList();
    }

    public boolean isWaiting() {
        return getIdea() != null && idea.review().equals("waiting");
    }

    public boolean isPublished() {
        return getIdea() != null && idea.review().equals("published");
    }

    public boolean isBookable() {
        return isPublished() && idea.bookingId() == null && !idea.status().equals("not_possible");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The idea, read once per request (also when a field's conversion failed and the page shows again). */
    public StaffIdea getIdea() {
        if (idea == null && id != null) {
            try {
                idea = lists.forStaff(id);
            } catch (Refusal unknown) {
                idea = null;
            }
        }
        return idea;
    }

    public List<StaffIdea> getOthers() {
        return others;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getInto() {
        return into;
    }

    public void setInto(Long into) {
        this.into = into;
    }

    public Integer getPeople() {
        return people;
    }

    public void setPeople(Integer people) {
        this.people = people;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
