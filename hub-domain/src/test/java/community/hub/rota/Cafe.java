package community.hub.rota;

import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.FRONT_OF_HOUSE;
import static community.hub.rota.CafeRole.KITCHEN;
import static community.hub.rota.CafeRole.SUPERVISOR_JOB_COACH;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The café as the tests meet it: open Monday to Saturday, a morning and an afternoon shift each day with
 * a job coach, a barista, someone in the kitchen and someone front of house; and a team that people join
 * one by one. A new one for every test.
 */
public final class Cafe {

    /** Monday 2 March to Sunday 8 March 2026. */
    static final RotaWeek WEEK = RotaWeek.of(2026, 10);

    static final LocalTime OPENS = LocalTime.of(8, 30);
    static final LocalTime CHANGEOVER = LocalTime.of(12, 30);
    static final LocalTime CLOSES = LocalTime.of(16, 30);
    static final Map<CafeRole, Integer> ONE_OF_EACH =
            Map.of(SUPERVISOR_JOB_COACH, 1, BARISTA, 1, KITCHEN, 1, FRONT_OF_HOUSE, 1);
    static final List<DayOfWeek> OPEN_DAYS = List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
            DayOfWeek.SATURDAY);

    final List<RotaMember> team = new ArrayList<>();
    private long nextId = 1;
    private SupportRatio supportRatio = new SupportRatio(2);

    static ShiftPattern pattern() {
        List<RegularShift> regular = new ArrayList<>();
        for (DayOfWeek day : OPEN_DAYS) {
            regular.add(new RegularShift(day, OPENS, CHANGEOVER, ONE_OF_EACH));
            regular.add(new RegularShift(day, CHANGEOVER, CLOSES, ONE_OF_EACH));
        }
        return new ShiftPattern(regular);
    }

    static List<Shift> shifts() {
        return pattern().shiftsFor(WEEK);
    }

    static Shift morning(DayOfWeek day) {
        return shiftAt(day, OPENS);
    }

    static Shift afternoon(DayOfWeek day) {
        return shiftAt(day, CHANGEOVER);
    }

    private static Shift shiftAt(DayOfWeek day, LocalTime start) {
        return shifts().stream()
                .filter(shift -> shift.getDay() == day && shift.getStart().equals(start))
                .findFirst()
                .orElseThrow();
    }

    /** A one-off shift for one person in the role, e.g. {@code shift("2026-03-03T08:30", "12:30", BARISTA)}. */
    public static Shift shift(String startsAt, String endsAt, CafeRole role) {
        LocalDateTime start = LocalDateTime.parse(startsAt);
        return new Shift(startsAt, start.toLocalDate(), start.toLocalTime(), LocalTime.parse(endsAt), Map.of(role, 1));
    }

    static LocalDate on(DayOfWeek day) {
        return WEEK.on(day);
    }

    /** Someone joins the team, free whenever the café is open, for up to 40 hours a week. */
    RotaMember joins(String name, CafeRole... trainedFor) {
        RotaMember member = new RotaMember(nextId++, name, EnumSet.of(trainedFor[0], trainedFor), Duration.ofHours(40));
        member.changeAvailability(OPEN_DAYS.stream()
                .map(day -> new AvailableTime(day, OPENS, CLOSES))
                .toList());
        team.add(member);
        return member;
    }

    void oneJobCoachSupports(int members) {
        supportRatio = new SupportRatio(members);
    }

    RotaRules rules() {
        return new RotaRules(supportRatio);
    }

    FilledRota fill(Rota week) {
        return new RotaFiller(rules()).fill(week, team);
    }

    FilledRota fill(Rota week, List<Assignment> lastWeek) {
        return new RotaFiller(rules()).fill(week, team, lastWeek);
    }

    /** Only these shifts of the week, with nobody on them yet. */
    static Rota just(Shift... shifts) {
        return Rota.unfilled(WEEK, List.of(shifts));
    }

    String nameOf(long id) {
        return team.stream()
                .filter(member -> member.getId() == id)
                .findFirst()
                .orElseThrow()
                .getName();
    }

    List<String> on(Rota rota, Shift shift, CafeRole role) {
        return rota.assignedTo(shift, role).stream()
                .map(assignment -> nameOf(assignment.getMemberId()))
                .toList();
    }

    /** The reason each open place was left open, as staff read it, in time order then by role. */
    static List<String> reasons(FilledRota filled) {
        return filled.getGaps().stream().map(gap -> gap.reason(Locale.UK)).toList();
    }

    static String reasonFor(FilledRota filled, Shift shift, CafeRole role) {
        return filled.gapsOn(shift).stream()
                .filter(gap -> gap.getRole() == role)
                .findFirst()
                .orElseThrow()
                .reason(Locale.UK);
    }
}
