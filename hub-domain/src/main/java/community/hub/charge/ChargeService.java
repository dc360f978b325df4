package community.hub.charge;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.account.Role;
import community.hub.booking.Booking;
import community.hub.booking.BookingStatus;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationType;
import community.hub.room.RateBand;
import community.hub.room.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Statements of room hire for organisations, and what the hub earns and gives across them. Hub staff see every
 * organisation's; a tenant only its own, and to it another organisation's statement is not there.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChargeService {

    /** A use is charged if it was called off late, or it stands and its booking is confirmed, or was until after it. */
    private static final String CHARGED_USES = "select b.organisation.id, b.id, b.title, o.date, o.start, o.end, o.startsAt, o.endsAt, "
            + "o.chargedLate, r from Occurrence o join o.booking b join o.room r "
            + "where o.date >= :first and o.date <= :last and b.organisation is not null%s "
            + "and (o.chargedLate = true or (o.cancelled = false and (b.status = :confirmed "
            + "or (b.status = :cancelled and o.startsAt < b.cancelledAt)))) order by o.startsAt";

    @PersistenceContext
    private EntityManager entityManager;

    /** One organisation's statement for one month. */
    public Statement statement(long organisationId, @NotNull YearMonth month, @NotNull Account by) {
        Organisation organisation = entityManager.find(Organisation.class, organisationId);
        if (organisation == null || !mayRead(by, organisation)) {
            throw Refusal.notFound("charges.noSuchOrganisation", organisationId);
        }
        List<Object[]> rows = entityManager.createQuery(CHARGED_USES.formatted(" and b.organisation = :organisation"), Object[].class)
                .setParameter("organisation", organisation).setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth()).setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("cancelled", BookingStatus.CANCELLED).getResultList();
        return Charges.statement(organisation, month, rows.stream().map(row -> use(row, organisation)).toList());
    }

    /**
     * The hours of the month's requests still waiting for a decision: approved, they will use the allowance too. A
     * request to change a booking counts only what it adds to the dates it would take the place of.
     */
    public BigDecimal hoursAwaitingDecision(long organisationId, @NotNull YearMonth month) {
        List<Booking> waiting = entityManager.createQuery("select distinct b from Occurrence o join o.booking b "
                        + "where b.organisation.id = :organisation and b.status = :pending and o.cancelled = false "
                        + "and o.date >= :first and o.date <= :last", Booking.class)
                .setParameter("organisation", organisationId).setParameter("pending", BookingStatus.PENDING)
                .setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth()).getResultList();
        long minutes = waiting.stream().mapToLong(request -> request.addsIfApprovedIn(month).toMinutes()).sum();
        return ChargeLine.hours(minutes);
    }

    /** Income and subsidy for each month from {@code first} to {@code last}, by type of organisation. */
    public List<IncomeAndSubsidy> incomeAndSubsidy(@NotNull YearMonth first, @NotNull YearMonth last) {
        if (last.isBefore(first)) {
            throw Refusal.invalid("to", "charges.monthsOrder");
        }
        if (first.plusYears(3).isBefore(last)) {
            throw Refusal.invalid("to", "charges.tooManyMonths");
        }
        Map<Long, Organisation> organisations = entityManager.createNamedQuery("Organisation.all", Organisation.class)
                .getResultStream().collect(Collectors.toMap(Organisation::getId, organisation -> organisation));
        List<Object[]> rows = entityManager.createQuery(CHARGED_USES.formatted(""), Object[].class)
                .setParameter("first", first.atDay(1)).setParameter("last", last.atEndOfMonth())
                .setParameter("confirmed", BookingStatus.CONFIRMED).setParameter("cancelled", BookingStatus.CANCELLED)
                .getResultList();
        Map<YearMonth, Map<Long, List<RoomUse>>> usesByMonth = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Organisation organisation = organisations.get((Long) row[0]);
            RoomUse use = use(row, organisation);
            usesByMonth.computeIfAbsent(YearMonth.from(use.date()), month -> new LinkedHashMap<>())
                    .computeIfAbsent(organisation.getId(), id -> new ArrayList<>()).add(use);
        }
        List<IncomeAndSubsidy> report = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Map<OrganisationType, IncomeAndSubsidy> byType = new EnumMap<>(OrganisationType.class);
            for (OrganisationType type : OrganisationType.values()) {
                byType.put(type, IncomeAndSubsidy.none(month, type));
            }
            for (Map.Entry<Long, List<RoomUse>> uses : usesByMonth.getOrDefault(month, Map.of()).entrySet()) {
                Statement statement = Charges.statement(organisations.get(uses.getKey()), month, uses.getValue());
                byType.compute(statement.type(), (type, sum) -> sum.plus(statement));
            }
            report.addAll(byType.values());
        }
        return report;
    }

    private static RoomUse use(Object[] row, Organisation organisation) {
        Room room = (Room) row[9];
        return new RoomUse((Long) row[1], (String) row[2], (LocalDate) row[3], (LocalTime) row[4], (LocalTime) row[5],
                room.getName(), ((Long) row[7] - (Long) row[6]) / 60, room.hourlyRate(organisation.getRateBand()),
                room.hourlyRate(RateBand.STANDARD), (Boolean) row[8]);
    }

    private static boolean mayRead(Account by, Organisation organisation) {
        return by.getRole() == Role.ADMIN || by.getRole() == Role.STAFF
                || by.getRole() == Role.TENANT && by.getOrganisation() != null && by.getOrganisation().getId().equals(organisation.getId());
    }
}
