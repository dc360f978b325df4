package community.hub.web.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * Bar charts as PrimeFaces draws them (Chart.js configuration), in the hub's colours: a series per group, the figures
 * beside every chart in a table for people who do not see it.
 */
final class Charts {

    /** Colours that keep their contrast against white and each other. */
    static final List<String> COLOURS =
            List.of("#0b4f6c", "#ffbf47", "#01baef", "#20bf55", "#757575", "#b10f2e", "#5e2ca5", "#8a5a00", "#1b1b1b");

    private Charts() {}

    record Series(String label, List<Number> values, String colour) {}

    static Series series(String label, List<Number> values, int colour) {
        return new Series(label, values, COLOURS.get(colour % COLOURS.size()));
    }

    static String bars(List<String> labels, List<Series> series, String axis) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            one.values().forEach(value -> values.add(Json.createValue(new java.math.BigDecimal(value.toString()))));
            datasets.add(Json.createObjectBuilder()
                    .add("label", one.label())
                    .add("data", values)
                    .add("backgroundColor", one.colour())
                    .add("borderColor", "#1b1b1b")
                    .add("borderWidth", 1));
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add("text", axis)))))
                .build()
                .toString();
    }
}
