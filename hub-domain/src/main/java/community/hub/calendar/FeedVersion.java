package community.hub.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What one feed held last, as a tag of its content, and since when: its Last-Modified. */
@Entity
@Table(name = "feed_version")
public class FeedVersion {

    @Id
    @Column(name = "feed_key", length = 200)
    private String feedKey;

    @Column(name = "content_tag", nullable = false, length = 100)
    private String contentTag;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    protected FeedVersion() {
        // for JPA
    }

    FeedVersion(String feedKey, String contentTag, Instant changedAt) {
        this.feedKey = feedKey;
        this.contentTag = contentTag;
        this.changedAt = changedAt.toEpochMilli();
    }

    /**
     * The content now has this tag. New content changed at {@code changedAt}, or, when that is no later than the time
     * already given (something left the feed: what is left is older), a second after it: never earlier.
     */
    Instant holds(String tag, Instant changed) {
        if (!tag.equals(contentTag)) {
            contentTag = tag;
            changedAt = Math.max(changed.toEpochMilli(), changedAt + 1_000);
        }
        return lastModified();
    }

    Instant lastModified() {
        return Instant.ofEpochMilli(changedAt);
    }
}
