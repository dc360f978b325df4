package community.hub.web.rota;

import community.hub.rota.CafeRole;
import community.hub.rota.Shift;
import community.hub.rota.SpokenTime;
import community.hub.rota.store.WeekAsShown;
import community.hub.web.language.Formats;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One shift across the grid: when, and a cell for each job. */
public final class GridRow implements Serializable {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final transient Shift shift;
    private final String shiftId;
    private final String day;
    private final String times;
    private final String words;
    private final String title;
    private final String closedReason;
    private final List<GridCell> cells;
    private final boolean oneOff;
    private final Long bookingId;

    private GridRow(
            Shift shift,
            String title,
            String closedReason,
            List<GridCell> cells,
            boolean oneOff,
            Long bookingId,
            Locale locale) {
        this.shift = shift;
        this.shiftId = shift.getId();
        this.day = RotaPages.day().format(shift.getDate()) + ", "
                + shift.getPartOfDay().inWords(locale);
        this.times = HOURS.format(shift.getStart()) + "\u2013" + HOURS.format(shift.getEnd());
        this.words = SpokenTime.shift(shift, locale) + " ("
                + Formats.date(locale, "date.long").format(shift.getDate()) + ")";
        this.title = title;
        this.closedReason = closedReason;
        this.cells = cells;
        this.oneOff = oneOff;
        this.bookingId = bookingId;
    }

    /** The week's shifts in time order, open and closed alike. */
    static List<GridRow> rowsOf(WeekAsShown shown, Locale locale) {
        List<GridRow> rows = new ArrayList<>();
        for (Shift shift : shown.getRota().getShifts()) {
            rows.add(open(shift, shown, locale));
        }
        shown.getClosedShifts().forEach(closed -> rows.add(closed(closed.getShift(), closed.getReason(), locale)));
        rows.sort(
                Comparator.comparing((GridRow row) -> row.shift.getDate()).thenComparing(row -> row.shift.getStart()));
        return rows;
    }

    static GridRow open(Shift shift, WeekAsShown week, Locale locale) {
        List<GridCell> cells = Arrays.stream(CafeRole.values())
                .map(role -> GridCell.of(shift, role, week, locale))
                .toList();
        return new GridRow(
                shift,
                week.titleOf(shift).orElse(null),
                null,
                cells,
                week.isOneOff(shift),
                week.eventBookingOf(shift).orElse(null),
                locale);
    }

    static GridRow closed(Shift shift, String reason, Locale locale) {
        return new GridRow(shift, null, reason, List.of(), false, null, locale);
    }

    public String getShiftId() {
        return shiftId;
    }

    /** For ids in the page: letters, digits and hyphens only. */
    public String getKey() {
        return shiftId.replaceAll("[^A-Za-z0-9]", "-");
    }

    public String getDay() {
        return day;
    }

    public String getTimes() {
        return times;
    }

    public String getWords() {
        return words;
    }

    public String getTitle() {
        return title;
    }

    public boolean isClosed() {
        return closedReason != null;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public List<GridCell> getCells() {
        return cells;
    }

    /** A one-off shift (an extra shift or an event), whose places staff may change. */
    public boolean isOneOff() {
        return oneOff;
    }

    /** The booking of the event in the café room this shift is for, or null. */
    public Long getBookingId() {
        return bookingId;
    }
}
