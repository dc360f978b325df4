package community.hub.rota;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything staff say about a member of the café team when they add or change them: the shape a form or an API
 * request fills in, validated before the rota takes it. The rota's own rules (someone who needs a job coach cannot be
 * one, nobody is their own buddy) are checked when it is applied to a {@link RotaMember}.
 * <p>
 * Over 300 lines because it is one form's whole validated shape: a constrained field with its getter and setter for
 * each of the dozen things staff say, and the two rows the form repeats ({@link FreeTimeDetails}, {@link TimeAwayDetails}) with their
 * own constraints. Split, the constraints of one form would sit in several places.
 */
public class MemberDetails implements Serializable {

    private static final BigDecimal MINUTES_IN_AN_HOUR = BigDecimal.valueOf(60);

    @NotBlank(message = "{member.name.required}")
    @Size(max = 80, message = "{member.name.size}")
    private String name;

    /** The volunteer account they sign in with, or none. */
    @Size(max = 40, message = "{member.username.size}")
    private String username;

    /** Their own email address for the rota by email, or none (their account's is used then, if it has one). */
    @Email(message = "{member.email.format}")
    @Size(max = 254, message = "{member.email.size}")
    private String email;

    @NotNull(message = "{member.roles.required}")
    private Set<@NotNull CafeRole> roles = EnumSet.noneOf(CafeRole.class);

    @NotNull(message = "{member.maxHoursPerWeek.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{member.maxHoursPerWeek.range}")
    @DecimalMax(value = "60", message = "{member.maxHoursPerWeek.range}")
    @Digits(integer = 2, fraction = 2, message = "{member.maxHoursPerWeek.digits}")
    private BigDecimal maxHoursPerWeek;

    @NotNull(message = "{member.availability.required}")
    private List<@NotNull @Valid FreeTimeDetails> availability = new ArrayList<>();

    @NotNull(message = "{member.timeAway.required}")
    private List<@NotNull @Valid TimeAwayDetails> timeAway = new ArrayList<>();

    private boolean needsJobCoach;

    /** The member they work best with, or none. */
    private Long buddyId;

    private boolean prefersSameShifts;

    @NotEmpty(message = "{member.rotaBy.required}")
    private Set<@NotNull RotaDelivery> rotaBy = EnumSet.of(RotaDelivery.EASY_READ_PRINT);

    /** The details of a member as the rota knows them, with the account they sign in with (null for none). */
    public static MemberDetails of(RotaMember member, String username) {
        MemberDetails details = new MemberDetails();
        details.name = member.getName();
        details.username = username;
        details.roles = member.getTrainedFor().isEmpty()
                ? EnumSet.noneOf(CafeRole.class)
                : EnumSet.copyOf(member.getTrainedFor());
        details.maxHoursPerWeek = hours(member.getMaximumPerWeek());
        details.availability = new ArrayList<>(member.getAvailability().stream()
                .map(time -> new FreeTimeDetails(time.getDay(), time.getFrom(), time.getUntil()))
                .toList());
        details.timeAway = new ArrayList<>(member.getTimeAway().stream()
                .map(away -> new TimeAwayDetails(away.getFirst(), away.getLast()))
                .toList());
        details.needsJobCoach = member.isNeedsJobCoach();
        details.buddyId = member.getBuddyId().orElse(null);
        details.prefersSameShifts = member.isPrefersSameShifts();
        details.rotaBy = EnumSet.copyOf(member.getRotaBy());
        details.email = member.getEmail().orElse(null);
        return details;
    }

    /** A new member with these details; the rota's rules refuse nonsense. */
    public RotaMember toNewMember() {
        RotaMember member = new RotaMember(0, name, roles, maximumPerWeek());
        applyTo(member);
        return member;
    }

    /**
     * Makes the member what these details say. A job coach who now needs one stops being a job coach first, and
     * someone who was one stops needing one first, so the change is judged as a whole.
     */
    public void applyTo(RotaMember member) {
        member.rename(name);
        member.workAlongsideJobCoach(false);
        member.changeTraining(roles.isEmpty() ? EnumSet.noneOf(CafeRole.class) : EnumSet.copyOf(roles));
        member.workAlongsideJobCoach(needsJobCoach);
        member.changeMaximumPerWeek(maximumPerWeek());
        member.changeAvailability(
                availability.stream().map(FreeTimeDetails::toAvailableTime).toList());
        member.getTimeAway().forEach(member::cancelTimeAway);
        timeAway.stream().map(TimeAwayDetails::toTimeAway).forEach(member::goAway);
        member.pairWith(buddyId);
        member.keepToSameShifts(prefersSameShifts);
        member.sendRotaBy(rotaBy);
        member.reachAt(email);
    }

    /** The username with blanks counted as none. */
    public String linkedUsername() {
        return username == null || username.isBlank() ? null : username.trim();
    }

    private Duration maximumPerWeek() {
        return Duration.ofMinutes(maxHoursPerWeek
                .multiply(MINUTES_IN_AN_HOUR)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    private static BigDecimal hours(Duration duration) {
        BigDecimal hours = BigDecimal.valueOf(duration.toMinutes())
                .divide(MINUTES_IN_AN_HOUR, 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<CafeRole> getRoles() {
        return roles;
    }

    public void setRoles(Set<CafeRole> roles) {
        this.roles = roles;
    }

    public BigDecimal getMaxHoursPerWeek() {
        return maxHoursPerWeek;
    }

    public void setMaxHoursPerWeek(BigDecimal maxHoursPerWeek) {
        this.maxHoursPerWeek = maxHoursPerWeek;
    }

    public List<FreeTimeDetails> getAvailability() {
        return availability;
    }

    public void setAvailability(List<FreeTimeDetails> availability) {
        this.availability = availability;
    }

    public List<TimeAwayDetails> getTimeAway() {
        return timeAway;
    }

    public void setTimeAway(List<TimeAwayDetails> timeAway) {
        this.timeAway = timeAway;
    }

    public boolean isNeedsJobCoach() {
        return needsJobCoach;
    }

    public void setNeedsJobCoach(boolean needsJobCoach) {
        this.needsJobCoach = needsJobCoach;
    }

    public Long getBuddyId() {
        return buddyId;
    }

    public void setBuddyId(Long buddyId) {
        this.buddyId = buddyId;
    }

    public boolean isPrefersSameShifts() {
        return prefersSameShifts;
    }

    public void setPrefersSameShifts(boolean prefersSameShifts) {
        this.prefersSameShifts = prefersSameShifts;
    }

    public Set<RotaDelivery> getRotaBy() {
        return rotaBy;
    }

    public void setRotaBy(Set<RotaDelivery> rotaBy) {
        this.rotaBy = rotaBy;
    }
}
