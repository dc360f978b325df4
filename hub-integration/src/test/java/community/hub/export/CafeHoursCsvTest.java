package community.hub.export;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.rota.store.MemberHours;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CafeHoursCsvTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    /** The month as Excel keeps it text: the cell ="2026-03", quoted as RFC 4180 quotes a cell with quotes in it. */
    private static final String MONTH_AS_TEXT = "\"=\"\"2026-03\"\"\"";

    private static String march(MemberHours... members) {
        return CafeHoursCsv.of(MARCH, List.of(members));
    }

    @Test
    void oneLinePerMemberWithTheirShiftsAndHoursAsADecimal() {
        String csv = march(
                new MemberHours(4, "Sam Kelly", 3, Duration.ofHours(12)),
                new MemberHours(7, "Ruth Ogden", 5, Duration.ofMinutes(1230)));

        assertThat(csv)
                .isEqualTo(SpreadsheetCsv.BYTE_ORDER_MARK + "Month,Member,Shifts,Hours\r\n"
                        + MONTH_AS_TEXT + ",Sam Kelly,3,12\r\n"
                        + MONTH_AS_TEXT + ",Ruth Ogden,5,20.5\r\n");
    }

    @Test
    void namesWithCommasOrQuotesAreQuotedAndFormulasAreNeverRun() {
        String csv = march(
                new MemberHours(1, "Byrne, Maggie", 1, Duration.ofHours(4)),
                new MemberHours(2, "Jo \"JJ\" Fletcher", 1, Duration.ofHours(4)),
                new MemberHours(3, "=HYPERLINK(\"http://example.com\")", 1, Duration.ofHours(4)));

        assertThat(csv.split("\r\n"))
                .containsExactly(
                        SpreadsheetCsv.BYTE_ORDER_MARK + "Month,Member,Shifts,Hours",
                        MONTH_AS_TEXT + ",\"Byrne, Maggie\",1,4",
                        MONTH_AS_TEXT + ",\"Jo \"\"JJ\"\" Fletcher\",1,4",
                        MONTH_AS_TEXT + ",\"'=HYPERLINK(\"\"http://example.com\"\")\",1,4");
    }

    @Test
    void aMonthWithNobodyOnTheRotaIsJustTheHeader() {
        assertThat(march()).isEqualTo(SpreadsheetCsv.BYTE_ORDER_MARK + "Month,Member,Shifts,Hours\r\n");
        assertThat(CafeHoursCsv.fileName(MARCH)).isEqualTo("cafe-hours-2026-03.csv");
    }
}
