package community.hub.charge;

import community.hub.booking.Booking;
import community.hub.booking.BookingStatus;
import community.hub.booking.Occurrence;
import community.hub.organisation.Organisation;
import community.hub.room.RateBand;
import community.hub.room.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The uses of rooms that are charged, month by month: a date is charged if it was called off late, or it stands and
 * its booking is confirmed, or was until after the date. Only organisations' bookings are charged; the hub's own are not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChargedUses {

    @PersistenceContext
    private EntityManager entityManager;

    /** One charged use, as the statement needs it. */
    record Use(
            long organisationId,
            long bookingId,
            String title,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            long startsAt,
            long endsAt,
            boolean chargedLate,
            Room room) {

        private static Use of(Object[] row) {
            return new Use(
                    (Long) row[0],
                    (Long) row[1],
                    (String) row[2],
                    (LocalDate) row[3],
                    (LocalTime) row[4],
                    (LocalTime) row[5],
                    (Long) row[6],
                    (Long) row[7],
                    (Boolean) row[8],
                    (Room) row[9]);
        }

        /** The use, charged at the organisation's rates. */
        RoomUse chargedTo(Organisation organisation) {
            return new RoomUse(
                    bookingId,
                    title,
                    date,
                    start,
                    end,
                    room.getName(),
                    (endsAt - startsAt) / 60,
                    room.hourlyRate(organisation.getRateBand()),
                    room.hourlyRate(RateBand.STANDARD),
                    chargedLate);
        }
    }

    /** The organisation's charged uses in the months from {@code first} to {@code last}, in time order. */
    List<Use> of(Organisation organisation, YearMonth first, YearMonth last) {
        return find(organisation, first, last);
    }

    /** Every organisation's charged uses in the months from {@code first} to {@code last}, in time order. */
    List<Use> ofAll(YearMonth first, YearMonth last) {
        return find(null, first, last);
    }

    private List<Use> find(Organisation organisation, YearMonth first, YearMonth last) {
        CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = criteria.createQuery(Object[].class);
        Root<Occurrence> occurrence = query.from(Occurrence.class);
        Join<Occurrence, Booking> booking = occurrence.join("booking");
        Join<Occurrence, Room> room = occurrence.join("room");
        Path<Object> status = booking.get("status");
        List<Predicate> where = new ArrayList<>();
        where.add(criteria.between(occurrence.get("date"), first.atDay(1), last.atEndOfMonth()));
        where.add(criteria.isNotNull(booking.get("organisation")));
        if (organisation != null) {
            where.add(criteria.equal(booking.get("organisation"), organisation));
        }
        where.add(criteria.or(
                criteria.isTrue(occurrence.get("chargedLate")),
                criteria.and(
                        criteria.isFalse(occurrence.get("cancelled")),
                        criteria.or(
                                criteria.equal(status, BookingStatus.CONFIRMED),
                                criteria.and(
                                        criteria.equal(status, BookingStatus.CANCELLED),
                                        criteria.lessThan(occurrence.get("startsAt"), booking.get("cancelledAt")))))));
        query.multiselect(
                        booking.get("organisation").get("id"),
                        booking.get("id"),
                        booking.get("activity").get("title"),
                        occurrence.get("date"),
                        occurrence.get("start"),
                        occurrence.get("end"),
                        occurrence.get("startsAt"),
                        occurrence.get("endsAt"),
                        occurrence.get("chargedLate"),
                        room)
                .where(where.toArray(Predicate[]::new))
                .orderBy(criteria.asc(occurrence.get("startsAt")));
        return entityManager.createQuery(query).getResultStream().map(Use::of).toList();
    }
}
