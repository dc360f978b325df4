package community.hub.web.tenant;

import community.hub.account.Account;
import community.hub.booking.Booking;
import community.hub.booking.BookingFilter;
import community.hub.booking.BookingStatus;
import community.hub.booking.Bookings;
import community.hub.booking.DatesHoldingRooms;
import community.hub.booking.Occurrence;
import community.hub.charge.ChargeService;
import community.hub.charge.Statement;
import community.hub.organisation.Organisation;
import community.hub.web.language.Formats;
import community.hub.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/** A tenant's home: the organisation's next bookings, its requests waiting for a decision, and this month's hours. */
@Named
@RequestScoped
public class TenantDashboard {

    private static final int UPCOMING = 12;

    @Inject
    private Caller caller;

    @Inject
    private Bookings bookings;

    @Inject
    private DatesHoldingRooms holding;

    @Inject
    private ChargeService charges;

    @Inject
    private Clock clock;

    private Organisation organisation;
    private Statement thisMonth;
    private BigDecimal awaitingDecision;
    private List<Occurrence> upcoming;
    private List<Booking> pending;

    public void load() {
        Account me = caller.account().orElseThrow();
        organisation = me.getOrganisation();
        YearMonth month = YearMonth.now(clock);
        thisMonth = charges.statement(organisation.getId(), month, me);
        awaitingDecision = charges.hoursAwaitingDecision(organisation.getId(), month);
        upcoming = holding.upcomingOf(organisation, clock.instant(), UPCOMING);
        BookingFilter waiting = new BookingFilter();
        waiting.setStatus(BookingStatus.PENDING);
        pending = bookings.matching(waiting, 0, 50, me);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Statement getThisMonth() {
        return thisMonth;
    }

    /** "December 2026", "grudzień 2026": the month of the allowance as the reader says it. */
    public String getMonthInWords() {
        return Formats.date(Formats.locale(), "date.month").format(thisMonth.month());
    }

    public BigDecimal getAwaitingDecision() {
        return awaitingDecision;
    }

    /** How much of the month's included hours is used, as a whole percentage from 0 to 100, for the bar. */
    public int getAllowanceUsedPercent() {
        if (thisMonth.includedHours() == 0) {
            return thisMonth.usedMinutes() == 0 ? 0 : 100;
        }
        return BigDecimal.valueOf(Math.min(thisMonth.usedMinutes(), thisMonth.includedHours() * 60L) * 100)
                .divide(BigDecimal.valueOf(thisMonth.includedHours() * 60L), 0, RoundingMode.DOWN)
                .intValue();
    }

    public List<Occurrence> getUpcoming() {
        return upcoming;
    }

    public List<Booking> getPending() {
        return pending;
    }
}
