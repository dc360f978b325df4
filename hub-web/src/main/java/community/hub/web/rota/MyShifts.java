package community.hub.web.rota;

import community.hub.Refusal;
import community.hub.ShownDays;
import community.hub.account.Account;
import community.hub.rota.AvailableTime;
import community.hub.rota.RotaMember;
import community.hub.rota.RotaWeek;
import community.hub.rota.TimeAway;
import community.hub.rota.store.SwapService;
import community.hub.rota.store.TeamService;
import community.hub.web.FieldMessages;
import community.hub.web.Text;
import community.hub.web.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A volunteer's own page: their shifts in published weeks (each can be offered to someone else), the shifts others
 * offer (each can be taken, if the rota rules allow), the times they can work each week and the days they are away.
 */
@Named
@ViewScoped
public class MyShifts implements Serializable {

    @Inject
    private TeamService teamService;

    @Inject
    private SwapService swapService;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private ShownDays shownDays;

    private boolean onTeam;
    private Long memberId;
    private List<MyShiftLine> shifts = List.of();
    private List<OfferedShift> offers = List.of();
    private List<OfferedShift> mine = List.of();
    private List<WorkingDay> week = new ArrayList<>();
    private List<AwayLine> away = List.of();
    private LocalDate awayFirst;
    private LocalDate awayLast;

    public void load() {
        try {
            RotaMember member = teamService.me(me());
            memberId = member.getId();
            onTeam = true;
            showAvailability(member);
            showTimeAway(member);
            showShifts();
        } catch (Refusal notOnTeam) {
            onTeam = false;
        }
    }

    private void showShifts() {
        Locale locale = locale();
        shifts = swapService.shiftsOf(me()).stream()
                .filter(held -> !shownDays.isPast(held.getShift().getDate()))
                .map(held -> new MyShiftLine(held, swapService.swappable(held.getShift()), locale))
                .toList();
        offers = swapService.offeredByOthers(me()).stream()
                .map(swap -> new OfferedShift(swap, locale))
                .toList();
        mine = swapService.ownSwaps(me()).stream()
                .map(swap -> new OfferedShift(swap, locale))
                .toList();
    }

    private void showAvailability(RotaMember member) {
        week = WorkingDay.week(
                member.getAvailability(), AvailableTime::getDay, AvailableTime::getFrom, AvailableTime::getUntil);
    }

    private void showTimeAway(RotaMember member) {
        away = member.getTimeAway().stream()
                .map(days -> new AwayLine(days.getFirst(), days.getLast()))
                .toList();
    }

    // Shifts and swaps

    public void offer(MyShiftLine line) {
        act(
                () -> swapService.offer(RotaWeek.parse(line.getWeek()), line.getShiftId(), me()),
                "myShifts.offeredMessage");
    }

    public void withdraw(long swapId) {
        act(() -> swapService.withdraw(swapId, me()), "myShifts.withdrawnMessage");
    }

    public void take(OfferedShift offer) {
        act(() -> swapService.take(offer.getId(), me()), "myShifts.takenMessage");
    }

    private void act(Runnable action, String doneKey) {
        if (FieldMessages.attempted(action)) {
            FieldMessages.info(doneKey);
        }
        showShifts();
    }

    // Availability and time away

    public void saveAvailability() {
        List<AvailableTime> times = new ArrayList<>();
        for (WorkingDay.Hours hours :
                week.stream().flatMap(day -> day.given().stream()).toList()) {
            if (!hours.complete()) {
                FieldMessages.global(
                        "myShifts.availability.missing",
                        Text.get(locale(), "day." + hours.day().name()));
                return;
            }
            try {
                times.add(new AvailableTime(hours.day(), hours.from(), hours.until()));
            } catch (Refusal backwards) {
                FieldMessages.show(backwards);
                return;
            }
        }
        FieldMessages.attempt(() -> teamService.changeAvailability(me(), times)).ifPresent(member -> {
            showAvailability(member);
            FieldMessages.info("myShifts.availability.saved");
        });
    }

    public void addTimeAway() {
        if (awayFirst == null) {
            FieldMessages.show(Refusal.invalid("awayFirst", "rota.timeAway.needed"));
            return;
        }
        FieldMessages.attempt(() ->
                        teamService.goAway(me(), new TimeAway(awayFirst, awayLast == null ? awayFirst : awayLast)))
                .ifPresent(member -> {
                    showTimeAway(member);
                    awayFirst = null;
                    awayLast = null;
                    FieldMessages.info("myShifts.away.added");
                });
    }

    public void removeTimeAway(AwayLine days) {
        FieldMessages.attempt(() -> teamService.cancelTimeAway(me(), new TimeAway(days.first, days.last)))
                .ifPresent(member -> {
                    showTimeAway(member);
                    FieldMessages.info("myShifts.away.removed");
                });
    }

    // What the page shows

    public boolean isOnTeam() {
        return onTeam;
    }

    public List<MyShiftLine> getShifts() {
        return shifts;
    }

    public List<OfferedShift> getOffers() {
        return offers;
    }

    public List<OfferedShift> getMine() {
        return mine;
    }

    public List<WorkingDay> getWeek() {
        return week;
    }

    public List<AwayLine> getAway() {
        return away;
    }

    public String getThisWeek() {
        return RotaWeek.thisWeek(clock).toString();
    }

    /** The week the easy-read link opens: the week of their next shift, else the week ahead. */
    public String getEasyReadWeek() {
        return shifts.stream()
                .map(MyShiftLine::getWeek)
                .min(Comparator.naturalOrder())
                .orElseGet(() -> RotaWeek.ahead(LocalDate.now(clock)).toString());
    }

    /** Their own number on the café team, for their own easy-read page. */
    public Long getMemberId() {
        return memberId;
    }

    public String getNextWeek() {
        return RotaWeek.thisWeek(clock).next().toString();
    }

    public LocalDate getAwayFirst() {
        return awayFirst;
    }

    public void setAwayFirst(LocalDate awayFirst) {
        this.awayFirst = awayFirst;
    }

    public LocalDate getAwayLast() {
        return awayLast;
    }

    public void setAwayLast(LocalDate awayLast) {
        this.awayLast = awayLast;
    }

    private Account me() {
        return caller.account().orElseThrow();
    }

    private static Locale locale() {
        return RotaPages.locale();
    }

    /** Days away, as the page lists them. */
    public static final class AwayLine implements Serializable {
        private final LocalDate first;
        private final LocalDate last;

        AwayLine(LocalDate first, LocalDate last) {
            this.first = first;
            this.last = last;
        }

        public String getText() {
            return first.equals(last)
                    ? Text.get(
                            locale(), "myShifts.away.one", RotaPages.longDate().format(first))
                    : Text.get(
                            locale(),
                            "myShifts.away.line",
                            RotaPages.longDate().format(first),
                            RotaPages.longDate().format(last));
        }

        public LocalDate getFirst() {
            return first;
        }

        public LocalDate getLast() {
            return last;
        }
    }
}
