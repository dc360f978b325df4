package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the API, as the served OpenAPI document lists it (so a new endpoint cannot escape), sent bad
 * input: path parameters of the wrong kind, query parameters that are not numbers, dates, yes-or-no or a listed choice,
 * and where it takes a body: none, null, the wrong JSON shape, something after the JSON, wrong types, absurd dates,
 * control characters, unknown choices. Each answer is a 4xx problem (status, title, detail) and the database is
 * exactly as it was before.
 */
abstract class BadInputSweepChecks {

    /** Who tries each operation: the first of these whose role it allows. */
    private static final List<String> CALLERS = List.of("admin", "foodbank", "sam");

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final String ABSURD_DATE = "+999999999-01-01";

    private record BadRequest(String method, String path, String body, String what) {}

    @Test
    void everyOperationRefusesBadInputWithAProblemAndChangesNothing() throws Exception {
        JsonObject openapi = OpenApiContractChecks.contract();
        CALLERS.forEach(username -> HUB.get("/api/me", username, HubClient.DEMO_PASSWORD));
        String before = databaseFingerprint();

        List<String> swept = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> operation :
                    path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                List<BadRequest> bad = badRequests(
                        openapi,
                        operation.getKey().toUpperCase(),
                        path.getKey(),
                        operation.getValue().asJsonObject());
                String caller = null;
                for (BadRequest request : bad) {
                    if (caller == null) {
                        caller = allowedCaller(request);
                    }
                    HttpResponse<String> answer = HUB.sendAs(
                            request.method(),
                            request.path(),
                            request.body(),
                            request.body() == null ? "" : "application/json",
                            caller);
                    assertRefused(answer, request);
                }
                swept.add(operation.getKey().toUpperCase() + " " + path.getKey()
                        + (bad.isEmpty() ? " (takes nothing to vary)" : ""));
            }
        }

        assertThat(swept)
                .contains(
                        "POST /api/bookings",
                        "PUT /api/bookings/{id}",
                        "PUT /api/rota/me/availability",
                        "PUT /api/rota/pattern",
                        "POST /api/closures",
                        "GET /api/bookings",
                        "PUT /api/bookings/{id}/occurrences/{date}/attendance",
                        "GET /api/reports/impact",
                        "POST /api/income",
                        "POST /api/suggestions",
                        "POST /api/suggestions/{id}/answer",
                        "GET /api/suggestions");
        assertThat(swept.stream().filter(operation -> !operation.endsWith(")")).count())
                .isGreaterThan(40);
        assertThat(databaseFingerprint())
                .as("the database after %d operations were sent bad input", swept.size())
                .isEqualTo(before);
    }

    private static String allowedCaller(BadRequest request) {
        for (String username : CALLERS) {
            int status = HUB.sendAs(
                            request.method(),
                            request.path(),
                            request.body(),
                            request.body() == null ? "" : "application/json",
                            username)
                    .statusCode();
            if (status != 403) {
                return username;
            }
        }
        return CALLERS.get(0);
    }

    private static void assertRefused(HttpResponse<String> answer, BadRequest request) {
        String about = request.method() + " " + request.path() + " with " + request.what() + ": " + answer.body();
        assertThat(answer.statusCode()).as(about).isBetween(400, 499);
        assertThat(answer.headers().firstValue("Content-Type"))
                .as(about)
                .get()
                .asString()
                .startsWith("application/problem+json");
        JsonObject problem = HubClient.object(answer);
        assertThat(problem.getInt("status")).as(about).isEqualTo(answer.statusCode());
        assertThat(problem.getString("title")).as(about).isNotBlank();
        assertThat(problem.getString("detail")).as(about).isNotBlank().doesNotContain("Exception", "at community.");
    }

    private static List<BadRequest> badRequests(JsonObject openapi, String method, String path, JsonObject operation) {
        List<JsonObject> parameters = operation.containsKey("parameters")
                ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class)
                : List.of();
        Map<String, String> goodPath = new LinkedHashMap<>();
        parameters.stream()
                .filter(parameter -> parameter.getString("in").equals("path"))
                .forEach(parameter -> goodPath.put(parameter.getString("name"), goodPathValue(openapi, parameter)));
        List<BadRequest> bad = new ArrayList<>();
        for (JsonObject parameter : parameters) {
            String name = parameter.getString("name");
            JsonObject schema = resolved(openapi, parameter.getJsonObject("schema"));
            for (String wrong : wrongValues(schema, parameter.getString("in").equals("path"))) {
                if (parameter.getString("in").equals("path")) {
                    Map<String, String> values = new LinkedHashMap<>(goodPath);
                    values.put(name, wrong);
                    bad.add(new BadRequest(
                            method, filled(path, values), body(openapi, operation), "path " + name + "=" + wrong));
                } else if (parameter.getString("in").equals("query")) {
                    bad.add(new BadRequest(
                            method,
                            filled(path, goodPath) + "?" + name + "=" + wrong,
                            body(openapi, operation),
                            "query " + name + "=" + wrong));
                }
            }
        }
        if (jsonBody(operation)) {
            String target = filled(path, goodPath);
            JsonObject schema = bodySchema(openapi, operation);
            boolean list = "array".equals(schema.getString("type", ""));
            JsonObject item = list ? resolved(openapi, schema.getJsonObject("items")) : schema;
            bad.add(new BadRequest(method, target, "", "no body"));
            bad.add(new BadRequest(method, target, "null", "null"));
            bad.add(new BadRequest(method, target, list ? "{}" : "[{}]", "the wrong shape"));
            bad.add(new BadRequest(method, target, (list ? "[]" : "{}") + " and more", "something after the JSON"));
            bad.add(new BadRequest(method, target, list ? "[{\"day\": ]" : "{\"title\": }", "broken JSON"));
            for (String kind : List.of("wrong types", "absurd dates", "control characters", "unknown choices")) {
                String object = badObject(openapi, item, kind);
                if (object != null) {
                    bad.add(new BadRequest(method, target, list ? "[" + object + "]" : object, kind));
                }
            }
        }
        return bad;
    }

    /** The operation's body as a bad path or query value is sent with: a JSON value of the right shape, or none. */
    private static String body(JsonObject openapi, JsonObject operation) {
        if (!jsonBody(operation)) {
            return null;
        }
        JsonObject schema = bodySchema(openapi, operation);
        return "array".equals(schema.getString("type", "")) ? "[]" : "{}";
    }

    private static JsonObject bodySchema(JsonObject openapi, JsonObject operation) {
        return resolved(
                openapi,
                operation
                        .getJsonObject("requestBody")
                        .getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("schema"));
    }

    private static boolean jsonBody(JsonObject operation) {
        return operation.containsKey("requestBody")
                && operation
                        .getJsonObject("requestBody")
                        .getJsonObject("content")
                        .containsKey("application/json");
    }

    /** An object with every property of the kind given made bad; none when no property is of that kind. */
    private static String badObject(JsonObject openapi, JsonObject schema, String kind) {
        if (!schema.containsKey("properties")) {
            return null;
        }
        List<String> members = new ArrayList<>();
        for (Map.Entry<String, JsonValue> property :
                schema.getJsonObject("properties").entrySet()) {
            JsonObject type = resolved(openapi, property.getValue().asJsonObject());
            String value = switch (kind) {
                case "wrong types" ->
                    switch (type.getString("type", "object")) {
                        case "integer" -> "5.5";
                        case "number" -> "\"many\"";
                        case "boolean" -> "\"maybe\"";
                        case "string" -> "{\"not\": \"text\"}";
                        case "array" -> "\"not a list\"";
                        default -> "\"not an object\"";
                    };
                case "absurd dates" ->
                    type.getString("format", "").startsWith("date")
                                    || type.getString("format", "").equals("partial-time")
                            ? "\"" + (type.getString("format").equals("date") ? ABSURD_DATE : ABSURD_DATE + "T10:00")
                                    + "\""
                            : absurdPeriod(type)
                                    .map(period -> "\"" + period + "\"")
                                    .orElse(null);
                case "control characters" ->
                    "string".equals(type.getString("type", ""))
                                    && !type.containsKey("enum")
                                    && !type.containsKey("format")
                            ? "\"A\\u0000B\\u0007\""
                            : null;
                default -> type.containsKey("enum") ? "\"no-such-choice\"" : null;
            };
            if (value != null) {
                members.add("\"" + property.getKey() + "\": " + value);
            }
        }
        return members.isEmpty() ? null : "{" + String.join(", ", members) + "}";
    }

    /**
     * Values of the wrong kind for a parameter: one of the wrong kind, and for a month or a week one in a year the hub
     * never speaks of; none where any text is fine (a free-text query).
     */
    private static List<String> wrongValues(JsonObject schema, boolean inPath) {
        List<String> wrong = new ArrayList<>();
        Optional.ofNullable(wrongValue(schema, inPath)).ifPresent(wrong::add);
        absurdPeriod(schema).ifPresent(wrong::add);
        return wrong;
    }

    /** A month or a week in year 9999, for text the contract writes like 2027-03 (or a day of it) or 2027-W10. */
    private static Optional<String> absurdPeriod(JsonObject schema) {
        return switch (schema.getString("pattern", "")) {
            case "^\\d{4}-W\\d{2}$" -> Optional.of("9999-W01");
            case "^\\d{4}-\\d{2}$", "^\\d{4}-\\d{2}(-\\d{2})?$" -> Optional.of("9999-12");
            default -> Optional.empty();
        };
    }

    /** A value of the wrong kind for a parameter; none where any text is fine (a free-text query). */
    private static String wrongValue(JsonObject schema, boolean inPath) {
        String type = schema.getString("type", "string");
        String format = schema.getString("format", "");
        if (type.equals("integer") || type.equals("number")) {
            return "not-a-number";
        }
        if (type.equals("boolean")) {
            return "maybe";
        }
        if (format.equals("date")) {
            return ABSURD_DATE;
        }
        if (schema.containsKey("enum")) {
            return "no-such-choice";
        }
        return inPath ? "not%20a%20thing" : null;
    }

    private static String goodPathValue(JsonObject openapi, JsonObject parameter) {
        JsonObject schema = resolved(openapi, parameter.getJsonObject("schema"));
        LocalDate day = TestDates.weekdayInDays(30);
        if (schema.getString("format", "").equals("date")) {
            return day.toString();
        }
        if (schema.getString("type", "string").equals("string")) {
            return day.format(DateTimeFormatter.ofPattern("YYYY-'W'ww", java.util.Locale.UK));
        }
        return "1";
    }

    private static String filled(String path, Map<String, String> values) {
        String filled = path;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private static JsonObject resolved(JsonObject openapi, JsonObject schema) {
        if (schema == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return openapi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        if (schema.containsKey("allOf")) {
            return resolved(openapi, schema.getJsonArray("allOf").getJsonObject(0));
        }
        return schema;
    }

    /** Every table's rows, hashed; the outgoing mail only counted (its sending goes on by itself). */
    static String databaseFingerprint() throws Exception {
        Map<String, String> tables = new TreeMap<>();
        try (Connection database = HubDatabase.readOnly();
                Statement statement = database.createStatement()) {
            DatabaseMetaData meta = database.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet found = meta.getTables(null, "APP", "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    names.add(found.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                boolean countOnly = table.equalsIgnoreCase("OUTGOING_MAIL");
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long rows = 0;
                try (ResultSet row = statement.executeQuery("SELECT * FROM APP.\"" + table + "\"")) {
                    int columns = row.getMetaData().getColumnCount();
                    List<String> lines = new ArrayList<>();
                    while (row.next()) {
                        rows++;
                        StringBuilder line = new StringBuilder();
                        for (int column = 1; column <= columns && !countOnly; column++) {
                            line.append(row.getString(column)).append('\u0001');
                        }
                        lines.add(line.toString());
                    }
                    lines.stream()
                            .sorted()
                            .forEach(line -> digest.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
                tables.put(table, rows + " " + HexFormat.of().formatHex(digest.digest()));
            }
        }
        return tables.toString();
    }
}
