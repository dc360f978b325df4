package community.hub.booking;

import community.hub.HubTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A stretch of one day at the hub, in wall-clock time: when an occurrence starts and ends. */
public record Slot(LocalDate date, LocalTime start, LocalTime end) {

    public Instant startsAt() {
        return HubTime.instant(date, start);
    }

    public Instant endsAt() {
        return HubTime.instant(date, end);
    }

    /** How long the slot really lasts: wall-clock minutes, which is what people book. */
    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** The same times on another day. */
    public Slot on(LocalDate other) {
        return new Slot(other, start, end);
    }
}
