package community.hub.web.charge;

import community.hub.charge.ChargeService;
import community.hub.charge.IncomeAndSubsidy;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What the hub earned from room hire and what it gave (the standard-rate value less what it charged) over the last
 * twelve months: a chart by month, and the figures by month and by type of organisation.
 */
@Named
@RequestScoped
public class IncomeReport {

    private static final int MONTHS = 12;

    @Inject
    private ChargeService charges;

    @Inject
    private Clock clock;

    private List<IncomeAndSubsidy> byMonth;
    private List<IncomeAndSubsidy> byType;

    public void load() {
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(MONTHS - 1L);
        List<IncomeAndSubsidy> rows = charges.incomeAndSubsidy(first, last);
        byMonth = sums(
                rows,
                IncomeAndSubsidy::month,
                row -> new IncomeAndSubsidy(row.month(), null, row.hours(), row.charged(), row.standard()));
        byType = sums(
                rows,
                IncomeAndSubsidy::type,
                row -> new IncomeAndSubsidy(first, row.type(), row.hours(), row.charged(), row.standard()));
    }

    /** The rows added up by month or by type (each row first relabelled for its group), in the rows' order. */
    private static <K> List<IncomeAndSubsidy> sums(
            List<IncomeAndSubsidy> rows, Function<IncomeAndSubsidy, K> group, UnaryOperator<IncomeAndSubsidy> relabel) {
        Map<K, IncomeAndSubsidy> sums = new LinkedHashMap<>();
        rows.forEach(row -> sums.merge(group.apply(row), relabel.apply(row), IncomeReport::add));
        return new ArrayList<>(sums.values());
    }

    private static IncomeAndSubsidy add(IncomeAndSubsidy one, IncomeAndSubsidy other) {
        return new IncomeAndSubsidy(
                one.month(),
                one.type(),
                one.hours().add(other.hours()),
                one.charged().add(other.charged()),
                one.standard().add(other.standard()));
    }

    /** The chart (Chart.js, drawn by PrimeFaces): charged and given, stacked, for each month. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder charged = Json.createArrayBuilder();
        JsonArrayBuilder given = Json.createArrayBuilder();
        for (IncomeAndSubsidy month : byMonth) {
            labels.add(Formats.date(Formats.locale(), "date.shortMonth").format(month.month()));
            charged.add(month.charged());
            given.add(month.subsidy());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(dataset(
                                                        Text.get(Formats.locale(), "income.charged"),
                                                        charged,
                                                        "#0b4f6c"))
                                                .add(dataset(
                                                        Text.get(Formats.locale(), "income.given"), given, "#ffbf47"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true))
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true)
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add("text", "£")))))
                .build()
                .toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("backgroundColor", colour)
                .add("borderColor", "#1b1b1b")
                .add("borderWidth", 1);
    }

    public List<IncomeAndSubsidy> getByMonth() {
        return byMonth;
    }

    public List<IncomeAndSubsidy> getByType() {
        return byType;
    }

    public IncomeAndSubsidy getTotal() {
        return byMonth.stream()
                .reduce(IncomeReport::add)
                .orElse(new IncomeAndSubsidy(
                        YearMonth.now(clock), null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    public String monthName(YearMonth month) {
        return Formats.date(Formats.locale(), "date.month").format(month);
    }
}
