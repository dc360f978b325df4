package community.hub.demo;

import community.hub.HubTime;
import community.hub.account.Account;
import community.hub.account.AccountService;
import community.hub.booking.BookingRequest;
import community.hub.booking.BookingService;
import community.hub.booking.Recurrence;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationService;
import community.hub.room.RoomService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A believable term at the hub: the weekly clinics, CAMHS sessions, youth clubs, food bank sessions and classes that
 * fill a term, one series per line of {@code term.csv}, under way for a few weeks already (those sessions have their
 * attendance, see {@link DemoAttendance}) and going on for fourteen weeks from the next free date, so the hub looks
 * alive whenever it is started. Series skip the bank holidays, which the hub closes by itself before the demo loads
 * (see {@code BankHolidayClosures}).
 */
@ApplicationScoped
class DemoTerm {

    private static final int WEEKS = 14;

    /** The weeks of the term already past when the demo hub starts. */
    static final int PAST_WEEKS = 4;

    private static final CSVFormat TERM =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Inject
    private BookingService bookings;

    @Inject
    private RoomService rooms;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    void load() {
        Map<String, Organisation> byName =
                organisations.all().stream().collect(Collectors.toMap(Organisation::getName, Function.identity()));
        Account staff = accounts.byUsername("staff").orElseThrow();
        try (Reader in = new InputStreamReader(DemoTerm.class.getResourceAsStream("term.csv"), StandardCharsets.UTF_8);
                CSVParser series = TERM.parse(in)) {
            for (CSVRecord line : series) {
                TermLine read = TermLine.read(line);
                Organisation organisation = byName.get(read.organisation());
                if (organisation == null) {
                    throw TermLine.wrongOn(line, "no organisation called " + read.organisation());
                }
                book(staff, organisation, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void book(Account by, Organisation organisation, TermLine line) {
        DayOfWeek[] days = line.days().toArray(DayOfWeek[]::new);
        LocalDate first = LocalDate.now(clock)
                .plusDays(1)
                .with(TemporalAdjusters.nextOrSame(days[0]))
                .minusWeeks(PAST_WEEKS);
        BookingRequest request = new BookingRequest();
        request.setRoomId(rooms.bySlug(line.room()).getId());
        request.setOrganisationId(organisation.getId());
        request.setTitle(line.title());
        request.setType(line.type());
        request.setVisibility(line.visibility());
        request.setDescription(line.description());
        request.setAudience(new LinkedHashSet<>(line.audience()));
        request.setExpectedAttendance(line.expected());
        request.setStart(LocalDateTime.of(first, line.from()));
        request.setEnd(LocalDateTime.of(first, line.to()));
        int dates = (WEEKS + PAST_WEEKS) / line.everyWeeks() * days.length;
        request.setRecurrence(Recurrence.weeklyTimes(line.everyWeeks(), dates, days));
        request.setOnlyFreeDates(true);
        bookings.bookAsOf(request, by, HubTime.instant(first.minusDays(1), LocalTime.NOON));
    }
}
