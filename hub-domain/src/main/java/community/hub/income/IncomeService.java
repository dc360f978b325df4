package community.hub.income;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The hub's income beyond room hire, recorded and read by its staff only. */
@ApplicationScoped
@Transactional
public class IncomeService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private ChangeLog log;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OtherIncome> between(@NotNull YearMonth first, @NotNull YearMonth last, @NotNull Account by) {
        requireStaff(by);
        if (last.isBefore(first)) {
            throw Refusal.invalid("to", "charges.monthsOrder");
        }
        return entityManager
                .createNamedQuery("OtherIncome.between", OtherIncome.class)
                .setParameter("from", first.atDay(1))
                .setParameter("to", last.atDay(1))
                .getResultList();
    }

    public OtherIncome record(
            YearMonth month, IncomeSource source, BigDecimal amount, String note, @NotNull Account by) {
        requireStaff(by);
        OtherIncome income = new OtherIncome(month, source, amount, note, by.getUsername(), clock.instant());
        entityManager.persist(income);
        entityManager.flush();
        log(Change.ADDED, income);
        return income;
    }

    public OtherIncome remove(long id, @NotNull Account by) {
        requireStaff(by);
        OtherIncome income = entityManager.find(OtherIncome.class, id);
        if (income == null) {
            throw Refusal.notFound("income.notFound", id);
        }
        entityManager.remove(income);
        log(Change.REMOVED, income);
        return income;
    }

    /** Logged as "Grant, December 2026" with the amount, "£1,200.00", as its detail. */
    private void log(Change change, OtherIncome income) {
        String source = income.getSource().inWords();
        String name = Character.toUpperCase(source.charAt(0))
                + source.substring(1)
                + ", "
                + income.getMonth().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
        log.record(
                ChangedThing.INCOME,
                change,
                income.getId(),
                name,
                NumberFormat.getCurrencyInstance(Locale.UK).format(income.getAmount()));
    }

    private static void requireStaff(Account by) {
        if (!by.isStaff()) {
            throw Refusal.notFound("income.notFound", 0);
        }
    }
}
