package community.hub.export;

import community.hub.booking.ActivityType;
import community.hub.charge.IncomeAndSubsidy;
import community.hub.income.IncomeMix;
import community.hub.organisation.OrganisationType;
import community.hub.report.ImpactReport;
import community.hub.report.ImpactService;
import community.hub.report.SuggestionOutcome;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The impact report as a printable A4 PDF, written with Apache PDFBox: the hub's name and the period, the figures in
 * words and tables, and bar charts drawn as vector shapes (sharp at any size, each bar labelled with its figure, so
 * the chart reads without colour). Words, numbers, money and months are the reader's language's ({@link ReportWords}),
 * set in DejaVu Sans, which ships with the hub and is embedded (only the glyphs used), so Polish shows as written
 * whatever fonts the server has.
 */
public final class ImpactPdf {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Color INK = new Color(0x1b, 0x1b, 0x1b);
    private static final Color BAR = new Color(0x0b, 0x4f, 0x6c);
    private static final Color RULE = new Color(0xb1, 0xb4, 0xb6);

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final ReportWords words;
    private PDPageContentStream page;
    private float y;

    private ImpactPdf(PDDocument document, ReportWords words) throws IOException {
        this.document = document;
        this.regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR));
        this.bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD));
        this.words = words;
    }

    /** @param period the period in words, like "1 October 2026 to 31 December 2026" */
    public static byte[] of(ImpactReport report, String period, ReportWords words) {
        try (PDDocument document = new PDDocument()) {
            ImpactPdf pdf = new ImpactPdf(document, words);
            pdf.write(report, period);
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = ImpactPdf.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the hub");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private String text(String key, Object... arguments) {
        return words.text(key, arguments);
    }

    private void write(ImpactReport report, String period) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.hubName() + ": " + text("impact.title") + ", " + period);
        info.setAuthor(report.hubName());
        newPage();
        line(bold, 20, report.hubName());
        line(bold, 16, text("impact.title"));
        line(regular, 12, period);
        y -= 10;

        heading(text("impact.whatHappened"));
        line(
                regular,
                11,
                text(
                        "impact.activities",
                        report.activities(),
                        report.held().sessions(),
                        words.number(report.held().hours())));
        line(
                regular,
                11,
                text(
                        "impact.attendances",
                        report.held().attendances(),
                        report.held().recordedSessions(),
                        report.held().sessions(),
                        report.held().newPeople()));
        line(regular, 11, text("impact.organisations", report.organisationCount()));
        for (Map.Entry<OrganisationType, Integer> kind : report.organisations().entrySet()) {
            line(regular, 10, "   " + text("organisationType." + kind.getKey().name()) + ": " + kind.getValue());
        }

        heading(text("impact.hoursByActivity"));
        List<String> labels = new ArrayList<>();
        List<BigDecimal> hours = new ArrayList<>();
        for (ActivityType type : ImpactService.held(report)) {
            labels.add(text("activityType." + type.name()));
            hours.add(report.byActivityType().get(type).hours());
        }
        bars(labels, hours, words::number);

        heading(text("impact.dividend"));
        line(regular, 11, text("impact.dividendLine", words.money(report.dividend())));
        for (IncomeAndSubsidy type : report.dividendByType()) {
            line(
                    regular,
                    10,
                    "   "
                            + text(
                                    "impact.dividendByType",
                                    text("organisationType." + type.type().name()),
                                    words.money(type.subsidy()),
                                    words.number(type.hours()),
                                    words.money(type.standard()),
                                    words.money(type.charged())));
        }

        heading(text("impact.income"));
        IncomeMix income = report.income();
        List<String> sources = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        income.bySource().forEach((source, amount) -> {
            sources.add(text("incomeSource." + source));
            amounts.add(amount);
        });
        bars(sources, amounts, words::money);
        line(regular, 11, text("impact.incomeTotal", words.money(income.total())));
        if (income.largestSource().isPresent()) {
            String source = income.largestSource().get();
            line(
                    regular,
                    11,
                    text("impact.largest", text("incomeSource." + source), words.number(income.share(source))));
        }

        heading(text("impact.cafe"));
        line(regular, 11, text("impact.cafeLine", words.number(report.cafeVolunteerHours()), report.cafeVolunteers()));

        heading(text("impact.suggestions"));
        if (report.suggestions().isEmpty()) {
            line(regular, 11, text("impact.suggestions.none"));
        }
        for (SuggestionOutcome suggestion : report.suggestions()) {
            line(
                    regular,
                    11,
                    suggestion.title() + " (" + suggestion.supports() + "): "
                            + text("idea.status." + suggestion.status())
                            + (suggestion.answer() == null ? "" : " \u2013 " + suggestion.answer()));
        }
        y -= 10;
        line(regular, 8, text("impact.footnote", words.month(report.firstMonth()), words.month(report.lastMonth())));
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
    private void bars(List<String> labels, List<BigDecimal> values, Function<BigDecimal, String> figure)
            throws IOException {
        if (labels.isEmpty()) {
            line(regular, 11, text("impact.nothing"));
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
            text(regular, 10, MARGIN + labelWidth + length + 4, y - 10, figure.apply(values.get(i)));
            y -= 16;
        }
        y -= 4;
    }

    private void line(PDFont font, float size, String words) throws IOException {
        for (String part : wrap(font, size, safe(font, words))) {
            room(size + 6);
            text(font, size, MARGIN, y - size, part);
            y -= size + 5;
        }
    }

    private void text(PDFont font, float size, float x, float baseline, String words) throws IOException {
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

    private List<String> wrap(PDFont font, float size, String words) throws IOException {
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

    /** The words with each character the font cannot show (an emoji in an idea's title) replaced by a question mark. */
    private static String safe(PDFont font, String words) {
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
