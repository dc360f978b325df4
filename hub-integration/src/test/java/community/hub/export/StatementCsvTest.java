package community.hub.export;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.charge.ChargeLine;
import community.hub.charge.RoomUse;
import community.hub.charge.Statement;
import community.hub.organisation.OrganisationType;
import community.hub.room.RateBand;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCsvTest {

    private static final YearMonth MARCH = YearMonth.of(2027, 3);

    private static ChargeLine line(
            int day, String title, long minutes, long included, String amount, String standard, boolean late) {
        RoomUse use = new RoomUse(
                40 + day,
                title,
                MARCH.atDay(day),
                LocalTime.of(10, 0),
                LocalTime.of(10, 0).plusMinutes(minutes),
                "Caf\u00e9",
                minutes,
                new BigDecimal("12.50"),
                new BigDecimal("30.00"),
                late);
        return new ChargeLine(use, included, new BigDecimal(amount), new BigDecimal(standard));
    }

    private static Statement statement(String organisation, List<ChargeLine> lines) {
        return new Statement(7L, organisation, OrganisationType.COMMUNITY_GROUP, RateBand.COMMUNITY, MARCH, 1, lines);
    }

    @Test
    void aByteOrderMarkAHeaderAndALinePerDateWithNoTotalLineToCountTwice() {
        String csv = StatementCsv.of(statement(
                "Fleetwood Art Club",
                List.of(
                        line(2, "Life drawing", 120, 60, "12.50", "60.00", false),
                        line(9, "Life drawing", 90, 0, "18.75", "45.00", true))));

        assertThat(csv).startsWith(SpreadsheetCsv.BYTE_ORDER_MARK).endsWith("\r\n");
        assertThat(csv.substring(1).split("\r\n"))
                .containsExactly(
                        "Organisation,Month,Date,Start,End,Room,Booking,Title,Hours,Included hours,Rate (GBP/hour),Amount (GBP),"
                                + "Standard amount (GBP),Called off late",
                        "Fleetwood Art Club,\"=\"\"2027-03\"\"\",2027-03-02,10:00,12:00,Caf\u00e9,42,Life drawing,2.00,1.00,12.50,12.50,60.00,no",
                        "Fleetwood Art Club,\"=\"\"2027-03\"\"\",2027-03-09,10:00,11:30,Caf\u00e9,49,Life drawing,1.50,0.00,12.50,18.75,45.00,yes");
    }

    @Test
    void textThatLooksLikeAFormulaIsKeptAsText() {
        String csv = StatementCsv.of(
                statement("+Plus Group", List.of(line(2, "@home, together", 60, 0, "12.50", "30.00", false))));

        assertThat(csv).contains("'+Plus Group,\"=\"\"2027-03\"\"\",2027-03-02", "\"'@home, together\"");
    }

    @Test
    void theFileIsNamedAfterTheOrganisationAndMonth() {
        assertThat(StatementCsv.fileName(statement("Little Anchors: Parent & Toddler Group", List.of())))
                .isEqualTo("statement-little-anchors-parent-toddler-group-2027-03.csv");
        String accented = StatementCsv.fileName(statement("Caf\u00e9 Ni\u00f1os \u0141\u00f3d\u017a", List.of()));
        assertThat(accented).isEqualTo("statement-caf\u00e9-ni\u00f1os-\u0142\u00f3d\u017a-2027-03.csv");
    }
}
