package community.hub.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A series' rule as the booking table keeps it: its days as one comma-separated column. */
@Embeddable
class StoredRecurrence {

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private Integer interval;

    @Column(name = "repeat_days", length = 80)
    private String days;

    private Integer bySetPos;

    private LocalDate until;

    private Integer count;

    protected StoredRecurrence() {
        // for JPA
    }

    static StoredRecurrence of(Recurrence recurrence) {
        StoredRecurrence stored = new StoredRecurrence();
        stored.frequency = recurrence.getFrequency();
        stored.interval = recurrence.getInterval();
        stored.days = recurrence.getByDay() == null
                ? ""
                : recurrence.getByDay().stream().map(DayOfWeek::name).collect(Collectors.joining(","));
        stored.bySetPos = recurrence.getBySetPos();
        stored.until = recurrence.getUntil();
        stored.count = recurrence.getCount();
        return stored;
    }

    Recurrence toRecurrence() {
        List<DayOfWeek> byDay = days == null || days.isBlank()
                ? List.of()
                : Arrays.stream(days.split(",")).map(DayOfWeek::valueOf).toList();
        return new Recurrence(frequency, interval, byDay, bySetPos, until, count);
    }
}
