package community.hub.web.rota;

import community.hub.rota.CafeRole;
import community.hub.rota.store.RotaWeekService;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

/** The staff grid's form for a one-off shift, as staff fill it in; the rota service checks it when it is added. */
public final class ExtraShiftForm implements Serializable {

    private LocalDate date;
    private LocalTime start;
    private LocalTime end;
    private String title;
    private final Map<CafeRole, Integer> places = new EnumMap<>(CafeRole.class);

    /** What staff asked for, as the rota service reads it. */
    RotaWeekService.ExtraShift toExtraShift() {
        return new RotaWeekService.ExtraShift(date, start, end, places, title);
    }

    /** Empty again, for the next shift. */
    void clear() {
        date = null;
        start = null;
        end = null;
        title = null;
        places.clear();
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** How many people each job needs, by job; a job left empty needs nobody. */
    public Map<CafeRole, Integer> getPlaces() {
        return places;
    }
}
