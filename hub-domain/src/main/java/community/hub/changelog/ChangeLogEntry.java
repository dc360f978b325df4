package community.hub.changelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One change made by a signed-in person: when, who (their username), what was done to which kind of thing, which
 * record (its id and name as they were then) and, for some changes, a short detail in plain words (a closure's days).
 * Never a password, a link or an email address. Entries are never changed once written.
 */
@Entity
@Table(name = "change_log")
public class ChangeLogEntry {

    static final int NAME_LENGTH = 200;
    static final int DETAIL_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "thing", nullable = false)
    private ChangedThing thing;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_made", nullable = false)
    private Change change;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "record_name")
    private String recordName;

    @Column(name = "detail")
    private String detail;

    protected ChangeLogEntry() {}

    ChangeLogEntry(
            Instant at, String by, ChangedThing thing, Change change, Long recordId, String recordName, String detail) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("a change is logged with who made it");
        }
        this.changedAt = Objects.requireNonNull(at, "when").toEpochMilli();
        this.changedBy = by;
        this.thing = Objects.requireNonNull(thing, "thing");
        this.change = Objects.requireNonNull(change, "change");
        this.recordId = recordId;
        this.recordName = shortened(recordName, NAME_LENGTH);
        this.detail = shortened(detail, DETAIL_LENGTH);
    }

    private static String shortened(String text, int length) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.length() <= length ? trimmed : trimmed.substring(0, length - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAt);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public ChangedThing getThing() {
        return thing;
    }

    public Change getChange() {
        return change;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getRecordName() {
        return recordName;
    }

    public String getDetail() {
        return detail;
    }

    /** The change in plain English, for a log line or a reader without the pages' words: "Room Youth hall changed". */
    public String sentence() {
        String kind =
                thing.name().charAt(0) + thing.name().substring(1).toLowerCase().replace('_', ' ');
        String done = change.inWords();
        return kind + (recordName == null ? "" : " " + recordName) + " " + done + (detail == null ? "" : ": " + detail);
    }
}
