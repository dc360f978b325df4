package community.hub.booking;

import community.hub.Refusal;
import community.hub.room.Room;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A booking's dates as they are held: where each one is, which have begun, which were called off. One date is
 * called off or moved here, and recorded in the booking's history; the booking itself replaces its dates when its
 * series changes.
 */
public final class SeriesDates {

    private final Booking booking;
    private final List<Occurrence> occurrences;

    SeriesDates(Booking booking, List<Occurrence> occurrences) {
        this.booking = booking;
        this.occurrences = occurrences;
    }

    /** The date the series names so, wherever it is now. */
    public Optional<Occurrence> on(LocalDate seriesDate) {
        return occurrences.stream()
                .filter(occurrence -> occurrence.getSeriesDate().equals(seriesDate))
                .findFirst();
    }

    /** The date the series names so, or a refusal saying the booking has no such date. */
    Occurrence named(LocalDate seriesDate) {
        return on(seriesDate).orElseThrow(() -> Refusal.notFound("booking.noSuchDate", seriesDate));
    }

    /** The date the series names so, still standing; a refusal if there is none, or it was called off. */
    Occurrence standing(LocalDate seriesDate) {
        Occurrence occurrence = named(seriesDate);
        if (occurrence.isCancelled()) {
            throw Refusal.conflict("date", "booking.dateAlreadyCancelled", seriesDate);
        }
        return occurrence;
    }

    /** The dates from the given one on that were not called off. */
    List<Occurrence> standingFrom(LocalDate seriesDate) {
        return occurrences.stream()
                .filter(occurrence -> !occurrence.getSeriesDate().isBefore(seriesDate) && !occurrence.isCancelled())
                .toList();
    }

    /** One date of a series is called off; one that has begun took place, and stays. */
    public void cancel(LocalDate seriesDate, Cancellation cancellation) {
        Occurrence occurrence = toCome(seriesDate, cancellation.at());
        occurrence.cancel(cancellation.at(), cancellation.charges(occurrence, booking.getStatus()));
        booking.changed(cancellation.at(), cancellation.by(), HistoryEntry.Kind.DATE_CANCELLED, seriesDate.toString());
    }

    /**
     * The date the series names so, still standing and still to come; a refusal otherwise. A date that has begun took
     * place (or is taking place): nobody calls it off or moves it afterwards.
     */
    Occurrence toCome(LocalDate seriesDate, Instant now) {
        Occurrence occurrence = standing(seriesDate);
        refuseBegun(occurrence, now);
        return occurrence;
    }

    private static void refuseBegun(Occurrence occurrence, Instant now) {
        if (!occurrence.startsAt().isAfter(now)) {
            throw Refusal.conflict("date", "booking.dateBegun", occurrence.getDate());
        }
    }

    /** This date and every later one are called off; earlier ones stand, and so does any of them that has begun. */
    public void cancelFrom(LocalDate seriesDate, Cancellation cancellation) {
        List<Occurrence> later = standingFrom(seriesDate);
        if (later.isEmpty()) {
            throw Refusal.notFound("booking.noSuchDate", seriesDate);
        }
        later.forEach(occurrence -> refuseBegun(occurrence, cancellation.at()));
        later.forEach(occurrence ->
                occurrence.cancel(cancellation.at(), cancellation.charges(occurrence, booking.getStatus())));
        booking.changed(
                cancellation.at(), cancellation.by(), HistoryEntry.Kind.DATES_CANCELLED_FROM, seriesDate.toString());
    }

    /** One date still to come moves to another slot or room; calendars show it as an exception to the series. */
    public void move(LocalDate seriesDate, Room newRoom, Slot slot, String by, Instant now) {
        toCome(seriesDate, now).place(newRoom, slot);
        booking.changed(now, by, HistoryEntry.Kind.DATE_MOVED, HistoryEntry.dateMove(seriesDate, slot));
    }

    /** Whether a date that was not called off has begun: it has happened, or is happening. */
    public boolean anyBegun(Instant now) {
        return occurrences.stream().anyMatch(occurrence -> begun(occurrence, now));
    }

    /** Whether a date from the given one on, not called off, has begun. */
    boolean anyBegunFrom(LocalDate seriesDate, Instant now) {
        return standingFrom(seriesDate).stream().anyMatch(occurrence -> begun(occurrence, now));
    }

    private static boolean begun(Occurrence occurrence, Instant now) {
        return !occurrence.isCancelled() && !occurrence.startsAt().isAfter(now);
    }

    /** The last date before the given one that still stands, if any. */
    Optional<LocalDate> lastStandingBefore(LocalDate seriesDate) {
        return occurrences.stream()
                .filter(occurrence -> occurrence.getSeriesDate().isBefore(seriesDate) && !occurrence.isCancelled())
                .map(Occurrence::getSeriesDate)
                .max(Comparator.naturalOrder());
    }

    /**
     * Where a change of the whole series from now on splits it once some of its dates have begun: the first of its
     * dates after the last one that has begun, provided it has not begun either. Empty for a booking of one date, or
     * when no date is left to change.
     */
    public Optional<LocalDate> firstNotBegun(Instant now) {
        Series series = booking.getSeries();
        if (!series.repeats()) {
            return Optional.empty();
        }
        Optional<LocalDate> lastBegun = occurrences.stream()
                .filter(occurrence -> begun(occurrence, now))
                .map(Occurrence::getSeriesDate)
                .max(Comparator.naturalOrder());
        return occurrences.stream()
                .map(Occurrence::getSeriesDate)
                .filter(date -> lastBegun.map(date::isAfter).orElse(true)
                        && series.isAfterFirst(date)
                        && series.slotOn(date).startsAt().isAfter(now))
                .min(Comparator.naturalOrder());
    }

    /** Where the dates still to come are held. */
    public Set<Slot> slotsToCome(Instant now) {
        return occurrences.stream()
                .filter(occurrence -> occurrence.startsAt().isAfter(now))
                .map(Occurrence::slot)
                .collect(Collectors.toSet());
    }

    /** The slugs of the rooms the dates are in: the booking's own room, and any a date was moved to. */
    public Set<String> roomSlugs() {
        Set<String> slugs = new HashSet<>();
        slugs.add(booking.getRoom().getSlug());
        occurrences.forEach(occurrence -> slugs.add(occurrence.getRoom().getSlug()));
        return slugs;
    }

    /** How long the dates that the filter picks and that stand take in the month, in real time. */
    Duration lengthIn(YearMonth month, Predicate<Occurrence> which) {
        return occurrences.stream()
                .filter(occurrence -> which.test(occurrence)
                        && !occurrence.isCancelled()
                        && YearMonth.from(occurrence.getDate()).equals(month))
                .map(occurrence -> Duration.between(occurrence.startsAt(), occurrence.endsAt()))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** Where one date of the series is to be held: its series date, the room and the slot. */
    record Placing(LocalDate seriesDate, Room room, Slot slot) {}

    /** The dates still to come become the given ones; those already begun stay as they were, for history. */
    void replaceToCome(List<Placing> placings, Instant now) {
        Map<LocalDate, Occurrence> future = new HashMap<>();
        occurrences.stream()
                .filter(occurrence -> occurrence.startsAt().isAfter(now))
                .forEach(occurrence -> future.put(occurrence.getSeriesDate(), occurrence));
        // A date the booking keeps is the same occurrence, re-placed: the database holds one occurrence per date.
        for (Placing placing : placings) {
            Occurrence kept = future.remove(placing.seriesDate());
            if (kept == null) {
                occurrences.add(new Occurrence(booking, placing.seriesDate(), placing.room(), placing.slot()));
            } else {
                kept.replace(placing.room(), placing.slot());
            }
        }
        occurrences.removeAll(future.values());
    }

    /** The dates from the given one on that still stand go: the series no longer holds them. */
    void giveUpFrom(LocalDate seriesDate) {
        occurrences.removeIf(
                occurrence -> !occurrence.getSeriesDate().isBefore(seriesDate) && !occurrence.isCancelled());
    }
}
