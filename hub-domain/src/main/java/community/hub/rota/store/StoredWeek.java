package community.hub.rota.store;

import community.hub.rota.Assignment;
import community.hub.rota.Rota;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One week of the café rota as the database keeps it (the JPA row): its shifts, whether it is published, and when.
 * Its row is the lock every change to the week takes first. Which week it is, as a plain value, is a
 * {@link RotaWeek}; what people see of it is a {@link WeekAsShown}; the same week as the rules know it is a
 * {@link community.hub.rota.Rota} ({@link #toRota()}).
 */
@Entity
@Table(name = "rota_week")
public class StoredWeek {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "week_start", nullable = false)
    private LocalDate monday;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Long publishedAt;

    @Column(name = "published_by", length = 40)
    private String publishedBy;

    @OneToMany(mappedBy = "week", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("date, start, key")
    private List<CafeShift> shifts = new ArrayList<>();

    @Version
    private long version;

    protected StoredWeek() {
        // for JPA
    }

    StoredWeek(RotaWeek week) {
        this.monday = week.getMonday();
    }

    void add(CafeShift shift) {
        shifts.add(shift);
    }

    /** Volunteers may see it from now on; what changes later is shown as a change. */
    void publish(String by, Instant at) {
        published = true;
        publishedBy = by;
        publishedAt = at.getEpochSecond();
    }

    public Long getId() {
        return id;
    }

    public RotaWeek getWeek() {
        return RotaWeek.containing(monday);
    }

    public boolean isPublished() {
        return published;
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt).map(Instant::ofEpochSecond);
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    /** In time order, closed ones included. */
    public List<CafeShift> getShifts() {
        return Collections.unmodifiableList(shifts);
    }

    Optional<CafeShift> shift(String key) {
        return shifts.stream().filter(shift -> shift.getKey().equals(key)).findFirst();
    }

    /** The week as the rules know it: its open shifts and who holds their places; closed shifts are left out. */
    public Rota toRota() {
        List<Shift> open = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        for (CafeShift shift : shifts) {
            if (!shift.isClosed()) {
                Shift asTheRulesKnowIt = shift.toShift();
                open.add(asTheRulesKnowIt);
                assignments.addAll(shift.toAssignments(asTheRulesKnowIt));
            }
        }
        return new Rota(getWeek(), open, assignments);
    }

    /** What each one-off shift of the week is for, by shift id. */
    public Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        shifts.stream()
                .filter(shift -> shift.getTitle() != null)
                .forEach(shift -> titles.put(shift.getKey(), shift.getTitle()));
        return titles;
    }
}
