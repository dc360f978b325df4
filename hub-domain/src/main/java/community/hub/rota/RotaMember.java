package community.hub.rota;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A café worker or volunteer: what they are trained for, when they can work, when they are away, how
 * many hours they may work a week, and the support and preferences the rota must respect.
 * It changes only through methods that keep those facts consistent.
 */
public final class RotaMember {

    private static final Duration MOST_IN_A_WEEK = Duration.ofHours(60);

    /** Separate times someone can give for one day: a morning and an afternoon, say. */
    public static final int MOST_TIMES_A_DAY = 2;

    private final long id;
    private String name;
    private Set<CafeRole> trainedFor = EnumSet.noneOf(CafeRole.class);
    private Duration maximumPerWeek;
    private List<AvailableTime> availability = List.of();
    private List<TimeAway> timeAway = List.of();
    private boolean needsJobCoach;
    private Long buddyId;
    private boolean prefersSameShifts;
    private Set<RotaDelivery> rotaBy = EnumSet.of(RotaDelivery.EASY_READ_PRINT);
    private String email;

    /** A new member, not yet available at any time, who gets the printed easy-read rota. */
    public RotaMember(long id, String name, Set<CafeRole> trainedFor, Duration maximumPerWeek) {
        this.id = id;
        rename(name);
        changeTraining(trainedFor);
        changeMaximumPerWeek(maximumPerWeek);
    }

    public void rename(String name) {
        if (name == null || name.isBlank()) {
            throw RotaRefusal.invalidField("name", "member.name.required");
        }
        this.name = name.trim();
    }

    public void changeTraining(Set<CafeRole> roles) {
        Set<CafeRole> trained = roles.isEmpty() ? EnumSet.noneOf(CafeRole.class) : EnumSet.copyOf(roles);
        refuseJobCoachWhoNeedsOne(trained, needsJobCoach);
        this.trainedFor = trained;
    }

    public void changeMaximumPerWeek(Duration maximum) {
        if (maximum.isNegative() || maximum.isZero() || maximum.compareTo(MOST_IN_A_WEEK) > 0) {
            throw RotaRefusal.invalidField("maximumHoursPerWeek", "member.maximumHours.range", MOST_IN_A_WEEK);
        }
        this.maximumPerWeek = maximum;
    }

    /**
     * The times they can work each week, replacing the ones they gave before. A day may hold separate times (free
     * 08:00–11:00 and again 14:00–17:00); times on one day that overlap or meet become one.
     */
    public void changeAvailability(Collection<AvailableTime> times) {
        List<AvailableTime> kept = new ArrayList<>();
        for (AvailableTime time :
                times.stream().sorted(AvailableTime.IN_WEEK_ORDER).toList()) {
            AvailableTime last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null
                    && last.getDay() == time.getDay()
                    && !time.getFrom().isAfter(last.getUntil())) {
                LocalTime until = time.getUntil().isAfter(last.getUntil()) ? time.getUntil() : last.getUntil();
                kept.set(kept.size() - 1, new AvailableTime(time.getDay(), last.getFrom(), until));
            } else {
                kept.add(time);
            }
        }
        for (AvailableTime time : kept) {
            if (kept.stream().filter(other -> other.getDay() == time.getDay()).count() > MOST_TIMES_A_DAY) {
                throw RotaRefusal.invalidField(
                        "availability", "member.availability.tooMany", time.getDay(), MOST_TIMES_A_DAY);
            }
        }
        this.availability = List.copyOf(kept);
    }

    public void goAway(TimeAway away) {
        List<TimeAway> changed = new ArrayList<>(timeAway);
        changed.add(away);
        this.timeAway = changed.stream()
                .distinct()
                .sorted(Comparator.comparing(TimeAway::getFirst))
                .toList();
    }

    public void cancelTimeAway(TimeAway away) {
        this.timeAway = timeAway.stream().filter(kept -> !kept.equals(away)).toList();
    }

    /** Whether they must work alongside a job coach; someone who needs one cannot be one. */
    public void workAlongsideJobCoach(boolean needed) {
        refuseJobCoachWhoNeedsOne(trainedFor, needed);
        this.needsJobCoach = needed;
    }

    /** The member they work best with, or null for nobody in particular. */
    public void pairWith(Long buddyId) {
        if (buddyId != null && buddyId == id) {
            throw RotaRefusal.invalidField("buddyId", "member.buddy.self");
        }
        this.buddyId = buddyId;
    }

    public void keepToSameShifts(boolean prefers) {
        this.prefersSameShifts = prefers;
    }

    public void sendRotaBy(Set<RotaDelivery> ways) {
        if (ways.isEmpty()) {
            throw RotaRefusal.invalidField("rotaBy", "member.rotaBy.required");
        }
        this.rotaBy = EnumSet.copyOf(ways);
    }

    /** Their own email address, for the rota by email; none (null or blank) to use their account's, if any. */
    public void reachAt(String address) {
        this.email = address == null || address.isBlank() ? null : address.trim();
    }

    private static void refuseJobCoachWhoNeedsOne(Set<CafeRole> trained, boolean needsJobCoach) {
        if (needsJobCoach && trained.contains(CafeRole.SUPERVISOR_JOB_COACH)) {
            throw RotaRefusal.invalidField("needsJobCoach", "member.jobCoach.needsOne");
        }
    }

    /** Who of the team may fill an open place in the role: whoever is trained for it, by name. */
    public static List<RotaMember> candidatesFor(Collection<RotaMember> team, CafeRole role) {
        return team.stream()
                .filter(member -> member.isTrainedFor(role))
                .sorted(Comparator.comparing(RotaMember::getName))
                .toList();
    }

    public boolean isTrainedFor(CafeRole role) {
        return trainedFor.contains(role);
    }

    /** True when the times they gave cover the whole shift, one time running on into the next. */
    public boolean isAvailableFor(Shift shift) {
        LocalTime coveredUntil = shift.getStart();
        for (AvailableTime time : availability) {
            if (time.getDay() == shift.getDay()
                    && !time.getFrom().isAfter(coveredUntil)
                    && time.getUntil().isAfter(coveredUntil)) {
                coveredUntil = time.getUntil();
            }
        }
        return !coveredUntil.isBefore(shift.getEnd());
    }

    public boolean isAwayOn(LocalDate date) {
        return timeAway.stream().anyMatch(away -> away.includes(date));
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<CafeRole> getTrainedFor() {
        return Collections.unmodifiableSet(trainedFor);
    }

    public Duration getMaximumPerWeek() {
        return maximumPerWeek;
    }

    /** By day, earliest first. */
    public List<AvailableTime> getAvailability() {
        return availability;
    }

    /** Earliest first. */
    public List<TimeAway> getTimeAway() {
        return timeAway;
    }

    public boolean isNeedsJobCoach() {
        return needsJobCoach;
    }

    public Optional<Long> getBuddyId() {
        return Optional.ofNullable(buddyId);
    }

    boolean isBuddyOf(long memberId) {
        return buddyId != null && buddyId == memberId;
    }

    public boolean isPrefersSameShifts() {
        return prefersSameShifts;
    }

    public Set<RotaDelivery> getRotaBy() {
        return Collections.unmodifiableSet(rotaBy);
    }

    /** Their own email address, if they gave one. */
    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    @Override
    public String toString() {
        return id + " " + name + " " + trainedFor;
    }
}
