package community.hub.web.calendar;

/** What the feeds tell the hub's metrics as it happens ({@link community.hub.web.metrics.HubMetrics}). */
public interface FeedCounts {

    /** Counts nothing: for feeds outside a running hub. */
    FeedCounts NONE = new FeedCounts() {
        @Override
        public void asked() {}

        @Override
        public void notModified() {}

        @Override
        public void cacheHit() {}
    };

    /** A feed was asked for (any answer, a refusal too). */
    void asked();

    /** A feed was answered 304: the caller's copy is current. */
    void notModified();

    /** A feed was answered from one already built in memory. */
    void cacheHit();
}
