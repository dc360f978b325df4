package community.hub.web.calendar;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the feeds were built from (the bookings' change stamp), read from the database at most once a time-to-live:
 * another instance's changes show within that time, this instance's at once ({@link #changed()}). A stamp read while
 * a change was being committed is not trusted after the commit, since the count of changes is taken before the read.
 * That count is part of the stamp, so a change committed here always makes a new one. Only one thread reads the
 * database at a time.
 */
final class ChangeStamp {

    private record Reading(String value, long readAt, long changesBefore) {}

    private final Supplier<String> database;
    private final long timeToLiveMillis;
    private final LongSupplier millis;
    private final AtomicLong changes = new AtomicLong();
    private volatile Reading last = new Reading("", 0, -1);

    ChangeStamp(Supplier<String> database, long timeToLiveMillis, LongSupplier millis) {
        this.database = database;
        this.timeToLiveMillis = timeToLiveMillis;
        this.millis = millis;
    }

    /** The stamp as of at most a time-to-live ago, read again if older. */
    String read() {
        long changesSoFar = changes.get();
        Reading known = last;
        return current(known, changesSoFar, millis.getAsLong()) ? known.value() : readAgain(changesSoFar);
    }

    /**
     * One read at a time: requests that find the stamp out of date while another is reading it wait for that read
     * and take it, instead of each asking the database (dozens of them in the moment a busy feed's stamp runs out).
     */
    private synchronized String readAgain(long changesSoFar) {
        long now = millis.getAsLong();
        Reading known = last;
        if (!current(known, changesSoFar, now)) {
            known = new Reading(database.get() + "#" + changesSoFar, now, changesSoFar);
            last = known;
        }
        return known.value();
    }

    /**
     * The newest change time as a stamp: while it is younger than {@code settleMillis}, a change stamped earlier may
     * still be committing, so the stamp also names the second it is read in and feeds are built again each second
     * until it settles. A booking's own change counts once committed here ({@link #changed()}), whatever its time.
     */
    static String newest(long newestMillis, long nowMillis, long settleMillis) {
        return nowMillis - newestMillis < settleMillis
                ? newestMillis + "~" + nowMillis / 1000
                : String.valueOf(newestMillis);
    }

    /** The stamp last read, if it is still current; never reads the database. */
    Optional<String> ifCurrent() {
        Reading known = last;
        return current(known, changes.get(), millis.getAsLong()) ? Optional.of(known.value()) : Optional.empty();
    }

    /** A change was committed here: the next {@link #read()} reads the database. */
    void changed() {
        changes.incrementAndGet();
    }

    private boolean current(Reading reading, long changesNow, long now) {
        return reading.changesBefore() == changesNow && now - reading.readAt() <= timeToLiveMillis;
    }
}
