package community.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.booking.ActivityType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TermLineTest {

    private static final String HEADER =
            "organisation,room,title,type,visibility,from,to,expected,everyWeeks,days,audience,description\n";

    private static List<CSVRecord> lines(Reader csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(csv)
                .getRecords();
    }

    private static TermLine second(String line) throws IOException {
        return TermLine.read(lines(new StringReader(HEADER
                        + "NHS CAMHS,clinic-2,CAMHS drop-in,CLINIC,PRIVATE,15:30,18:00,4,1,WEDNESDAY,,\n" + line))
                .get(1));
    }

    @Test
    void everyLineOfTheDemoTermReads() throws IOException {
        try (Reader term =
                new InputStreamReader(TermLine.class.getResourceAsStream("term.csv"), StandardCharsets.UTF_8)) {
            List<TermLine> read = lines(term).stream().map(TermLine::read).toList();
            assertThat(read).hasSizeGreaterThan(10);
            assertThat(read).extracting(TermLine::type).contains(ActivityType.CLINIC, ActivityType.FOOD_BANK);
        }
    }

    @Test
    void aSeriesOnTwoDaysWithAnAudienceIsReadAsWritten() throws IOException {
        TermLine read = second(
                "Youth Service,youth-hall,Youth club,YOUTH_WORK,PUBLIC,18:00,20:30,30,1,TUESDAY THURSDAY,young people 11-18,Games and chat");
        assertThat(read.days()).containsExactly(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(read.from()).isEqualTo(LocalTime.of(18, 0));
        assertThat(read.audience()).containsExactly("young people 11-18");
        assertThat(read.description()).isEqualTo("Games and chat");
    }

    @Test
    void aMistakeIsNamedWithItsLineOfTheFile() throws IOException {
        assertThatThrownBy(
                        () -> second("Youth Service,youth-hall,Youth club,YOUTH_WORK,PUBLIC,18:00,20:30,30,1,TUESDY,,"))
                .hasMessageStartingWith("term.csv line 3: ")
                .hasMessageContaining("TUESDY");
        assertThatThrownBy(() -> second(",youth-hall,Youth club,YOUTH_WORK,PUBLIC,18:00,20:30,30,1,TUESDAY,,"))
                .hasMessage("term.csv line 3: no organisation");
        assertThatThrownBy(() ->
                        second("Youth Service,youth-hall,Youth club,YOUTH_WORK,PUBLIC,20:30,18:00,30,1,TUESDAY,,"))
                .hasMessageContaining("line 3", "end after it begins");
    }
}
