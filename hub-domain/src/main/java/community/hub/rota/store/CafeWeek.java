package community.hub.rota.store;

import community.hub.rota.RotaWeek;
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
import java.util.List;
import java.util.Optional;

/**
 * One week of the café rota as the database keeps it: its shifts, whether it is published, and when. Its row is
 * the lock every change to the week takes first.
 */
@Entity
@Table(name = "rota_week")
public class CafeWeek {

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

    protected CafeWeek() {
        // for JPA
    }

    CafeWeek(RotaWeek week) {
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
}
