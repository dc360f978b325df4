package community.hub.booking;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * When a booking happens as its series puts it: its first date, its times, and how it repeats (nothing for a booking of
 * one date). A value: a series that changes is a new one. Its dates as held, moved or called off, are the occurrences'.
 */
@Embeddable
public class Series {

    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Embedded
    @AttributeOverride(name = "frequency", column = @Column(name = "repeat_frequency", length = 10))
    @AttributeOverride(name = "interval", column = @Column(name = "repeat_interval"))
    @AttributeOverride(name = "bySetPos", column = @Column(name = "repeat_set_position"))
    @AttributeOverride(name = "until", column = @Column(name = "repeat_until"))
    @AttributeOverride(name = "count", column = @Column(name = "repeat_count"))
    private StoredRecurrence recurrence;

    protected Series() {
        // for JPA
    }

    private Series(LocalDate firstDate, LocalTime startTime, LocalTime endTime, Recurrence recurrence) {
        this.firstDate = firstDate;
        this.startTime = startTime;
        this.endTime = endTime;
        this.recurrence = recurrence == null ? null : StoredRecurrence.of(recurrence);
    }

    /** The series a request asks for: from its start, at its times, repeating by its rule. */
    static Series of(BookingRequest request) {
        return new Series(
                request.getStart().toLocalDate(),
                request.getStart().toLocalTime(),
                request.getEnd().toLocalTime(),
                request.getRecurrence());
    }

    /** The same series ending the day before the given date: it gives up that date and the later ones. */
    Series endingBefore(LocalDate date) {
        Recurrence rule = getRecurrence();
        rule.setUntil(date.minusDays(1));
        rule.setCount(null);
        return new Series(firstDate, startTime, endTime, rule);
    }

    /** Where and when the series itself puts one of its dates, whether or not that date has moved. */
    public Slot slotOn(LocalDate seriesDate) {
        return new Slot(seriesDate, startTime, endTime);
    }

    /** Whether it repeats: a booking of one date does not. */
    public boolean repeats() {
        return recurrence != null;
    }

    /** Whether the given date is after the first: changing from the first date on is changing the whole booking. */
    boolean isAfterFirst(LocalDate seriesDate) {
        return seriesDate.isAfter(firstDate);
    }

    /** Where the series starts, in wall-clock time. */
    public LocalDateTime start() {
        return LocalDateTime.of(firstDate, startTime);
    }

    /** Where the series' first date ends, in wall-clock time. */
    public LocalDateTime end() {
        return LocalDateTime.of(firstDate, endTime);
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    /** The rule it repeats by, as a copy to read or change; null for a booking of one date. */
    public Recurrence getRecurrence() {
        return recurrence == null ? null : recurrence.toRecurrence();
    }
}
