package community.hub.web.booking;

import community.hub.HubTime;
import community.hub.ShownDays;
import community.hub.account.Account;
import community.hub.booking.Bookings;
import community.hub.booking.Closure;
import community.hub.booking.ClosureService;
import community.hub.booking.DatesHoldingRooms;
import community.hub.booking.Occurrence;
import community.hub.room.Room;
import community.hub.room.RoomService;
import community.hub.rota.Gap;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import community.hub.rota.store.RotaWeekService;
import community.hub.rota.store.WeekAsShown;
import community.hub.web.Text;
import community.hub.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The staff dashboard: every room now and next, the requests waiting for a decision, and the café's open places today. */
@Named
@RequestScoped
public class TodayAtTheHub {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private Bookings bookings;

    @Inject
    private DatesHoldingRooms holding;

    @Inject
    private RoomService rooms;

    @Inject
    private ClosureService closureService;

    @Inject
    private RotaWeekService weekService;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private ShownDays shownDays;

    private List<RoomToday> roomsToday;
    private int pending;
    private LocalDate today;
    private List<CafeGap> cafeGaps;
    private int cafeShifts;
    private String rotaWeek;

    /**
     * One room's day: what is on now, and what comes next today; {@code closed} says why the room is closed now (a
     * closure's reason, or blank when the room does not open on this day of the week), null when it is open.
     */
    public record RoomToday(Room room, Occurrence now, Occurrence next, int laterToday, String closed) {}

    /** Places on one of today's café shifts nobody holds yet: which shift, which job, how many, and why. */
    public record CafeGap(String shiftId, String when, String title, String role, int missing, String reason) {}

    @PostConstruct
    void load() {
        Instant now = clock.instant();
        today = shownDays.today();
        List<Occurrence> day = holding.between(
                HubTime.instant(today, LocalTime.MIDNIGHT), HubTime.instant(today.plusDays(1), LocalTime.MIDNIGHT));
        List<Closure> closures = closureService.between(today, today);
        roomsToday = rooms.inUse().stream()
                .map(room -> {
                    List<Occurrence> here = day.stream()
                            .filter(occurrence -> occurrence.getRoom().getId().equals(room.getId()))
                            .toList();
                    Occurrence current = here.stream()
                            .filter(o ->
                                    !o.startsAt().isAfter(now) && o.endsAt().isAfter(now))
                            .findFirst()
                            .orElse(null);
                    List<Occurrence> coming =
                            here.stream().filter(o -> o.startsAt().isAfter(now)).toList();
                    return new RoomToday(
                            room,
                            current,
                            coming.isEmpty() ? null : coming.get(0),
                            Math.max(0, coming.size() - 1),
                            closedNow(room, closures, now));
                })
                .toList();
        pending = bookings.waitingForDecision().size();
        showCafe(caller.account().orElseThrow());
    }

    private String closedNow(Room room, List<Closure> closures, Instant now) {
        if (room.openOn(today.getDayOfWeek()).isEmpty()) {
            return "";
        }
        return closures.stream()
                .filter(closure -> closure.appliesTo(room) && closure.overlaps(now, now.plusSeconds(1)))
                .map(closure -> closure.getReason() == null ? "" : closure.getReason())
                .findFirst()
                .orElse(null);
    }

    /** Today's café shifts as the rota has them (made from the weekly pattern if nobody has looked at the week yet). */
    private void showCafe(Account me) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        RotaWeek week = RotaWeek.containing(today);
        WeekAsShown rotaToday = weekService.week(week, me);
        rotaWeek = week.toString();
        List<Shift> shifts = rotaToday.shiftsOn(today);
        cafeShifts = shifts.size();
        cafeGaps = shifts.stream()
                .flatMap(shift -> rotaToday.gapsOn(shift).stream())
                .map(gap -> cafeGap(gap, rotaToday, locale))
                .toList();
    }

    private static CafeGap cafeGap(Gap gap, WeekAsShown week, Locale locale) {
        Shift shift = gap.getShift();
        String part = shift.getPartOfDay().inWords(locale);
        String when = part.substring(0, 1).toUpperCase(locale) + part.substring(1) + ", "
                + HOURS.format(shift.getStart()) + "\u2013" + HOURS.format(shift.getEnd());
        return new CafeGap(
                shift.getId(),
                when,
                week.titleOf(shift).orElse(null),
                Text.get(locale, "cafeRole." + gap.getRole().name()),
                gap.getMissing(),
                gap.reason(locale));
    }

    public List<CafeGap> getCafeGaps() {
        return cafeGaps;
    }

    /** How many café shifts are open today; none on a day the café is closed. */
    public int getCafeShifts() {
        return cafeShifts;
    }

    public String getRotaWeek() {
        return rotaWeek;
    }

    public List<RoomToday> getRooms() {
        return roomsToday;
    }

    public int getPending() {
        return pending;
    }

    public LocalDate getToday() {
        return today;
    }
}
