package community.hub.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/** One café shift someone works, as their own shifts feed shows it: a stable key, when, and what they do. */
public record CalendarShift(String key, LocalDate date, LocalTime start, LocalTime end, String summary) {}
