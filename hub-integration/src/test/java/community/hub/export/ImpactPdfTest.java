package community.hub.export;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.charge.IncomeAndSubsidy;
import community.hub.income.IncomeMix;
import community.hub.organisation.OrganisationType;
import community.hub.report.ImpactReport;
import community.hub.report.ReportPeriod;
import community.hub.report.Tally;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ImpactPdfTest {

    @Test
    void polishLettersAreShownAsWritten() throws IOException {
        ReportWords polish = new ReportWords() {
            @Override
            public String text(String key, Object... arguments) {
                String words = key.equals("impact.title") ? "Raport o wpływie: żółć, gęś, łąka" : key;
                return words + " " + Arrays.toString(arguments);
            }

            @Override
            public String money(BigDecimal amount) {
                return amount.toPlainString().replace('.', ',') + " £";
            }

            @Override
            public String number(BigDecimal value) {
                return value.toPlainString().replace('.', ',');
            }

            @Override
            public String month(YearMonth month) {
                return "styczeń " + month.getYear();
            }
        };
        ReportPeriod period = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        ImpactReport report = new ImpactReport(
                period,
                "Centrum Łączności",
                YearMonth.of(2026, 1),
                YearMonth.of(2026, 3),
                0,
                Tally.NONE,
                Map.of(),
                Map.of(OrganisationType.VCSE, 1),
                List.<IncomeAndSubsidy>of(),
                IncomeMix.of(BigDecimal.ZERO, List.of()),
                BigDecimal.ZERO,
                0,
                List.of());

        byte[] pdf = ImpactPdf.of(report, "od 1 stycznia 2026 do 31 marca 2026", polish);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(
                            "Centrum Łączności",
                            "Raport o wpływie: żółć, gęś, łąka",
                            "od 1 stycznia 2026 do 31 marca 2026",
                            "styczeń 2026");
        }
    }
}
