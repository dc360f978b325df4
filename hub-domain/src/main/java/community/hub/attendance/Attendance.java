package community.hub.attendance;

import community.hub.booking.Occurrence;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The headcount recorded for one occurrence; recorded again, it replaces what was there. */
@Entity
@Table(name = "attendance")
@NamedQuery(name = "Attendance.ofOccurrence", query = "select a from Attendance a where a.occurrence = :occurrence")
@NamedQuery(name = "Attendance.ofOccurrences", query = "select a from Attendance a where a.occurrence.id in :ids")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "occurrence_id", nullable = false, updatable = false)
    private Occurrence occurrence;

    @Column(name = "head_count", nullable = false)
    private int count;

    @Column(name = "new_count")
    private Integer newCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "attendance_band", joinColumns = @JoinColumn(name = "attendance_id"))
    @MapKeyColumn(name = "tag", length = AttendanceRules.LONGEST_BAND)
    @Column(name = "head_count", nullable = false)
    private Map<String, Integer> byAudience = new TreeMap<>();

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private long recordedAt;

    @Version
    private long version;

    protected Attendance() {
        // for JPA
    }

    Attendance(Occurrence occurrence) {
        this.occurrence = occurrence;
    }

    /** Records the headcount (already checked by {@link AttendanceRules}), replacing what was recorded before. */
    void record(Headcount headcount, String by, Instant at) {
        count = headcount.count();
        newCount = headcount.newCount();
        byAudience.clear();
        byAudience.putAll(headcount.byAudience());
        recordedBy = by;
        recordedAt = at.getEpochSecond();
    }

    public Headcount headcount() {
        return new Headcount(count, newCount, byAudience);
    }

    public Long getId() {
        return id;
    }

    public Occurrence getOccurrence() {
        return occurrence;
    }

    public int getCount() {
        return count;
    }

    public Integer getNewCount() {
        return newCount;
    }

    public Map<String, Integer> getByAudience() {
        return new TreeMap<>(byAudience);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return Instant.ofEpochSecond(recordedAt);
    }
}
