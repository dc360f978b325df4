package community.hub.booking;

import community.hub.HubTime;
import community.hub.room.Room;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A period when one room, or the whole hub, cannot be booked: a bank holiday, maintenance. */
@Entity
@Table(name = "closure")
@NamedQuery(
        name = "Closure.affecting",
        query = "select c from Closure c where (c.room is null or c.room = :room) "
                + "and c.startsAt < :until and c.endsAt > :from order by c.startsAt")
@NamedQuery(
        name = "Closure.between",
        query = "select c from Closure c where c.startsAt < :until and c.endsAt > :from order by c.startsAt")
@NamedQuery(
        name = "Closure.endingAfter",
        query = "select c from Closure c where c.endsAt > :from order by c.startsAt, c.endsAt, c.id")
@NamedQuery(
        name = "Closure.endedBy",
        query = "select c from Closure c where c.endsAt <= :from order by c.startsAt desc, c.endsAt desc, c.id desc")
public class Closure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The room closed, or none when the whole hub is. */
    @ManyToOne
    @JoinColumn(name = "room_id")
    private Room room;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "starts_at", nullable = false)
    private long startsAt;

    @Column(name = "ends_at", nullable = false)
    private long endsAt;

    @Column(nullable = false, length = 120)
    private String reason;

    protected Closure() {
        // for JPA
    }

    /** Closes the room (or the hub, for a null room) from the start of one day to the end of another. */
    public Closure(Room room, LocalDate firstDay, LocalDate lastDay, String reason) {
        if (lastDay.isBefore(firstDay)) {
            throw community.hub.Refusal.invalid("lastDay", "closure.order");
        }
        this.room = room;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.startsAt = HubTime.instant(firstDay, LocalTime.MIDNIGHT).getEpochSecond();
        this.endsAt = HubTime.instant(lastDay.plusDays(1), LocalTime.MIDNIGHT).getEpochSecond();
        this.reason = reason;
    }

    public boolean overlaps(Instant from, Instant until) {
        return startsAt < until.getEpochSecond() && endsAt > from.getEpochSecond();
    }

    /** Whether the day is one of the closed days. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** Whether the whole hub is closed, not one room. */
    public boolean isWholeHub() {
        return room == null;
    }

    public boolean appliesTo(Room other) {
        return room == null || room.getId().equals(other.getId());
    }

    public Instant startsAt() {
        return Instant.ofEpochSecond(startsAt);
    }

    public Instant endsAt() {
        return Instant.ofEpochSecond(endsAt);
    }

    public Long getId() {
        return id;
    }

    public Room getRoom() {
        return room;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getReason() {
        return reason;
    }
}
