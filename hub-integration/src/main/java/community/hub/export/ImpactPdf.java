package community.hub.export;

import community.hub.booking.ActivityType;
import community.hub.charge.IncomeAndSubsidy;
import community.hub.income.IncomeMix;
import community.hub.organisation.OrganisationType;
import community.hub.report.ImpactReport;
import community.hub.report.ImpactService;
import community.hub.report.SuggestionOutcome;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The impact report as a printable A4 PDF, written with Apache PDFBox: the hub's name and the period, the figures in
 * words and tables, and bar charts drawn as vector shapes (sharp at any size, each bar labelled with its figure, so
 * the chart reads without colour). The words come from the caller's text bundle through {@code text}.
 */
public final class ImpactPdf {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Color INK = new Color(0x1b, 0x1b, 0x1b);
    private static final Color BAR = new Color(0x0b, 0x4f, 0x6c);
    private static final Color RULE = new Color(0xb1, 0xb4, 0xb6);

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Function<String, String> text;
    private PDPageContentStream page;
    private float y;

    private ImpactPdf(Function<String, String> text) {
        this.text = text;
    }

    /**
     * @param text the words for a key of the text bundle (impact.*, activityType.*, organisationType.*, incomeSource.*)
     * @param period the period in words, like "1 October 2026 to 31 December 2026"
     */
    public static byte[] of(ImpactReport report, String period, Function<String, String> text) {
        ImpactPdf pdf = new ImpactPdf(text);
        try (PDDocument document = pdf.document) {
            pdf.write(report, period);
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private void write(ImpactReport report, String period) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.hubName() + ": " + text.apply("impact.title") + ", " + period);
        info.setAuthor(report.hubName());
        newPage();
        line(bold, 20, report.hubName());
        line(bold, 16, text.apply("impact.title"));
        line(regular, 12, period);
        y -= 10;

        heading(text.apply("impact.whatHappened"));
        line(
                regular,
                11,
                text.apply("impact.pdf.activities")
                        .formatted(
                                report.activities(),
                                report.held().sessions(),
                                report.held().hours().toPlainString()));
        line(
                regular,
                11,
                text.apply("impact.pdf.attendances")
                        .formatted(
                                report.held().attendances(),
                                report.held().recordedSessions(),
                                report.held().sessions(),
                                report.held().newPeople()));
        line(regular, 11, text.apply("impact.pdf.organisations").formatted(report.organisationCount()));
        for (Map.Entry<OrganisationType, Integer> kind : report.organisations().entrySet()) {
            line(
                    regular,
                    10,
                    "   " + text.apply("organisationType." + kind.getKey().name()) + ": " + kind.getValue());
        }

        heading(text.apply("impact.hoursByActivity"));
        List<String> labels = new ArrayList<>();
        List<BigDecimal> hours = new ArrayList<>();
        for (ActivityType type : ImpactService.held(report)) {
            labels.add(text.apply("activityType." + type.name()));
            hours.add(report.byActivityType().get(type).hours());
        }
        bars(labels, hours, "");

        heading(text.apply("impact.dividend"));
        line(
                regular,
                11,
                text.apply("impact.pdf.dividend").formatted(report.dividend().toPlainString()));
        for (IncomeAndSubsidy type : report.dividendByType()) {
            line(
                    regular,
                    10,
                    "   " + text.apply("organisationType." + type.type().name()) + ": \u00a3"
                            + type.subsidy().toPlainString()
                            + " ("
                            + text.apply("impact.pdf.dividendLine")
                                    .formatted(
                                            type.hours().toPlainString(),
                                            type.standard().toPlainString(),
                                            type.charged().toPlainString())
                            + ")");
        }

        heading(text.apply("impact.income"));
        IncomeMix income = report.income();
        List<String> sources = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        income.bySource().forEach((source, amount) -> {
            sources.add(text.apply("incomeSource." + source));
            amounts.add(amount);
        });
        bars(sources, amounts, "\u00a3");
        line(
                regular,
                11,
                text.apply("impact.pdf.incomeTotal").formatted(income.total().toPlainString()));
        if (income.largestSource().isPresent()) {
            String source = income.largestSource().get();
            line(
                    regular,
                    11,
                    text.apply("impact.pdf.largest")
                            .formatted(
                                    text.apply("incomeSource." + source),
                                    income.share(source).toPlainString()));
        }

        heading(text.apply("impact.cafe"));
        line(
                regular,
                11,
                text.apply("impact.pdf.cafe")
                        .formatted(report.cafeVolunteerHours().toPlainString(), report.cafeVolunteers()));

        heading(text.apply("impact.suggestions"));
        if (report.suggestions().isEmpty()) {
            line(regular, 11, text.apply("impact.suggestions.none"));
        }
        for (SuggestionOutcome suggestion : report.suggestions()) {
            line(
                    regular,
                    11,
                    suggestion.title() + " (" + suggestion.supports() + "): "
                            + suggestion.status().replace('_', ' ')
                            + (suggestion.answer() == null ? "" : " \u2013 " + suggestion.answer()));
        }
        y -= 10;
        line(
                regular,
                8,
                text.apply("impact.pdf.footnote")
                        .formatted(
                                report.firstMonth().toString(),
                                report.lastMonth().toString()));
    }

    private void heading(String words) throws IOException {
        room(60);
        y -= 8;
        line(bold, 13, words);
        page.setStrokingColor(RULE);
        page.moveTo(MARGIN, y + 4);
        page.lineTo(MARGIN + WIDTH, y + 4);
        page.stroke();
        y -= 4;
    }

    /** Horizontal bars, one a line: label, a bar as long as its share of the largest, the figure after it. */
    private void bars(List<String> labels, List<BigDecimal> values, String unit) throws IOException {
        if (labels.isEmpty()) {
            line(regular, 11, text.apply("impact.nothing"));
            return;
        }
        BigDecimal largest = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        float labelWidth = 150;
        float barSpace = WIDTH - labelWidth - 80;
        for (int i = 0; i < labels.size(); i++) {
            room(18);
            float length = largest.signum() == 0 ? 0 : values.get(i).floatValue() / largest.floatValue() * barSpace;
            text(regular, 10, MARGIN, y - 10, fit(labels.get(i), labelWidth - 6, 10));
            page.setNonStrokingColor(BAR);
            page.addRect(MARGIN + labelWidth, y - 12, Math.max(length, 0.5f), 12);
            page.fill();
            text(
                    regular,
                    10,
                    MARGIN + labelWidth + length + 4,
                    y - 10,
                    unit + values.get(i).toPlainString());
            y -= 16;
        }
        y -= 4;
    }

    private void line(PDType1Font font, float size, String words) throws IOException {
        for (String part : wrap(font, size, safe(font, words))) {
            room(size + 6);
            text(font, size, MARGIN, y - size, part);
            y -= size + 5;
        }
    }

    private void text(PDType1Font font, float size, float x, float baseline, String words) throws IOException {
        page.setNonStrokingColor(INK);
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(safe(font, words));
        page.endText();
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            page.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private List<String> wrap(PDType1Font font, float size, String words) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : words.split(" ")) {
            String tried = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(tried) / 1000 * size > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(tried);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private String fit(String words, float width, float size) throws IOException {
        String shown = safe(regular, words);
        while (shown.length() > 1 && regular.getStringWidth(shown) / 1000 * size > width) {
            shown = shown.substring(0, shown.length() - 2) + "\u2026";
        }
        return shown;
    }

    /** The words with each character the standard font cannot show replaced by a question mark. */
    private static String safe(PDType1Font font, String words) {
        StringBuilder shown = new StringBuilder(words.length());
        words.codePoints().forEach(point -> {
            String character = new String(Character.toChars(point));
            try {
                font.encode(character);
                shown.append(character);
            } catch (IOException | IllegalArgumentException notInTheFont) {
                shown.append('?');
            }
        });
        return shown.toString();
    }
}
