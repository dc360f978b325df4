package community.hub.charge;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.booking.Booking;
import community.hub.booking.Bookings;
import community.hub.booking.ChangeRequests;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
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

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private ChargedUses uses;

    @Inject
    private Bookings bookings;

    /** One organisation's statement for one month. */
    public Statement statement(long organisationId, @NotNull YearMonth month, @NotNull Account by) {
        Organisation organisation = entityManager.find(Organisation.class, organisationId);
        if (organisation == null || !mayRead(by, organisation)) {
            throw Refusal.notFound("charges.noSuchOrganisation", organisationId);
        }
        return Charges.statement(
                organisation,
                month,
                uses.of(organisation, month, month).stream()
                        .map(use -> use.chargedTo(organisation))
                        .toList());
    }

    /**
     * The hours of the month's requests still waiting for a decision: approved, they will use the allowance too. A
     * request to change a booking counts only what it adds to the dates it would take the place of.
     */
    public BigDecimal hoursAwaitingDecision(long organisationId, @NotNull YearMonth month) {
        List<Booking> waiting = bookings.waitingForDecision(organisationId, month);
        long minutes = waiting.stream()
                .mapToLong(request ->
                        ChangeRequests.addsIfApprovedIn(request, month).toMinutes())
                .sum();
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
        Map<Long, Organisation> organisations = entityManager
                .createNamedQuery("Organisation.all", Organisation.class)
                .getResultStream()
                .collect(Collectors.toMap(Organisation::getId, organisation -> organisation));
        Map<YearMonth, Map<Long, List<RoomUse>>> usesByMonth = new LinkedHashMap<>();
        for (ChargedUses.Use charged : uses.ofAll(first, last)) {
            Organisation organisation = organisations.get(charged.organisationId());
            RoomUse use = charged.chargedTo(organisation);
            usesByMonth
                    .computeIfAbsent(YearMonth.from(use.date()), month -> new LinkedHashMap<>())
                    .computeIfAbsent(organisation.getId(), id -> new ArrayList<>())
                    .add(use);
        }
        List<IncomeAndSubsidy> report = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Map<OrganisationType, IncomeAndSubsidy> byType = new EnumMap<>(OrganisationType.class);
            for (OrganisationType type : OrganisationType.values()) {
                byType.put(type, IncomeAndSubsidy.none(month, type));
            }
            for (Map.Entry<Long, List<RoomUse>> uses :
                    usesByMonth.getOrDefault(month, Map.of()).entrySet()) {
                Statement statement = Charges.statement(organisations.get(uses.getKey()), month, uses.getValue());
                byType.compute(statement.type(), (type, sum) -> sum.plus(statement));
            }
            report.addAll(byType.values());
        }
        return report;
    }

    private static boolean mayRead(Account by, Organisation organisation) {
        return by.isStaff()
                || by.organisationActedFor()
                        .filter(own -> own.getId().equals(organisation.getId()))
                        .isPresent();
    }
}
