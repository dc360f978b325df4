package community.hub.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Closes the whole hub on the bank holidays of England and Wales, for a real hub as for the demo: at every start and
 * every night, each bank holiday from the start of this year to {@value #YEARS_AHEAD} years on becomes a one-day closure, unless the hub
 * is closed that day already or the hub manager opened it (removing a closure over a bank holiday keeps that day open).
 * A bank holiday with something already booked on it is left open and named in the log, for the hub manager to decide.
 */
@ApplicationScoped
public class BankHolidayClosures {

    static final int YEARS_AHEAD = 6;

    private static final Logger LOG = Logger.getLogger(BankHolidayClosures.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private ClosureService closures;

    @Inject
    private Clock clock;

    /** Closes the bank holidays still open; answers the days closed now. */
    public List<LocalDate> closeTheComingBankHolidays() {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.withDayOfYear(1);
        LocalDate until = today.plusYears(YEARS_AHEAD);
        List<LocalDate> keptOpen = entityManager
                .createQuery("select k.day from BankHolidayKeptOpen k", LocalDate.class)
                .getResultList();
        List<LocalDate> closedNow = new ArrayList<>();
        for (LocalDate day : stillToClose(BankHolidays.between(from, until), closures.between(from, until), keptOpen)) {
            try {
                if (closures.closeForBankHoliday(day)) {
                    closedNow.add(day);
                }
            } catch (ClosureRefusal booked) {
                LOG.warning(() ->
                        "Bank holiday " + day + " left open: " + booked.booked().size() + " booked date(s) on it.");
            }
        }
        return closedNow;
    }

    /** The bank holidays that no closure of the whole hub covers and that the hub manager has not opened. */
    static List<LocalDate> stillToClose(
            List<LocalDate> bankHolidays, Collection<Closure> closures, Collection<LocalDate> keptOpen) {
        Set<LocalDate> open = new HashSet<>(keptOpen);
        return bankHolidays.stream()
                .filter(day -> !open.contains(day))
                .filter(day -> closures.stream().noneMatch(closure -> closure.isWholeHub() && closure.covers(day)))
                .toList();
    }
}
