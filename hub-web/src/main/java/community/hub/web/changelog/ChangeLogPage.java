package community.hub.web.changelog;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangeLogEntry;
import community.hub.changelog.ChangeLogFilter;
import community.hub.changelog.ChangedThing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The log of changes for the hub manager, newest first, a page of {@link #PAGE} entries at a time, filtered by what the
 * address says ({@code thing}, {@code who}, {@code from}, {@code to}, {@code page}) so a filtered list can be kept as a
 * link.
 */
@Named
@RequestScoped
public class ChangeLogPage {

    static final int PAGE = 50;

    @Inject
    private ChangeLog log;

    private ChangedThing thing;
    private String who;
    private LocalDate from;
    private LocalDate to;
    private int page;

    private List<ChangeLogEntry> entries = List.of();
    private long count;

    /**
     * Reads the entries the filter asks for; a filter the hub refuses (last day before the first) shows why beside its
     * field, which on this GET page has the field's name as its id.
     */
    public void load() {
        ChangeLogFilter filter;
        try {
            filter = new ChangeLogFilter(thing, who, from, to);
        } catch (Refusal refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String message = refused.message(faces.getViewRoot().getLocale());
            faces.addMessage(refused.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            return;
        }
        count = log.count(filter);
        page = Math.max(0, Math.min(page, (int) ((Math.max(count, 1) - 1) / PAGE)));
        entries = log.entries(filter, page * PAGE, PAGE);
    }

    public List<ChangeLogEntry> getEntries() {
        return entries;
    }

    public long getCount() {
        return count;
    }

    public boolean isNewer() {
        return page > 0;
    }

    public boolean isOlder() {
        return (long) (page + 1) * PAGE < count;
    }

    public long getFirstShown() {
        return entries.isEmpty() ? 0 : (long) page * PAGE + 1;
    }

    public long getLastShown() {
        return (long) page * PAGE + entries.size();
    }

    /** When the change was made, on the hub's clock. */
    public LocalDateTime when(ChangeLogEntry entry) {
        return HubTime.wallClock(entry.getChangedAt());
    }

    public ChangedThing[] getThings() {
        return ChangedThing.values();
    }

    public List<String> getPeople() {
        return log.people();
    }

    public ChangedThing getThing() {
        return thing;
    }

    public void setThing(ChangedThing thing) {
        this.thing = thing;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
