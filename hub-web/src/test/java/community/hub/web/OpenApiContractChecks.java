package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import community.hub.client.ApiClient;
import community.hub.client.ApiException;
import community.hub.client.api.BookingsApi;
import community.hub.client.api.RoomsApi;
import community.hub.client.model.BookingInput;
import community.hub.client.model.BookingView;
import community.hub.client.model.RoomView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI contract at {@code /openapi} (META-INF/openapi.yaml, written by hand) as outside clients meet it: it
 * names every JAX-RS resource method of the hub with its parameters and nothing else, outside validators find no
 * error in it, and a Java client generated from it (in the build) books, reads and cancels.
 */
abstract class OpenApiContractChecks {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void theContractIsServedAsYaml() {
        HttpResponse<String> served = HUB.get("/openapi");

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
        assertThat(served.body()).contains("openapi: 3.0.3", "title: Community Hub API", "url: /");
    }

    @Test
    void everyResourceMethodIsDocumentedAndNothingElse() throws IOException {
        Map<String, Operation> documented = documentedOperations();
        Map<String, Operation> implemented = implementedOperations();

        Set<String> undocumented = new TreeSet<>(implemented.keySet());
        undocumented.removeAll(documented.keySet());
        Set<String> unanswered = new TreeSet<>(documented.keySet());
        unanswered.removeAll(implemented.keySet());
        assertThat(undocumented).as("resource methods missing from /openapi").isEmpty();
        assertThat(unanswered)
                .as("operations in /openapi that no resource method answers")
                .isEmpty();
        implemented.forEach((operation, real) -> assertThat(documented.get(operation))
                .as("parameters and body of " + operation)
                .isEqualTo(real));
    }

    @Test
    void everyOperationSaysWhatItTakesAndAnswers() {
        JsonObject contract = contract();
        Set<String> operationIds = new TreeSet<>();
        operations(contract).forEach((name, operation) -> {
            assertThat(operationIds.add(operation.getString("operationId")))
                    .as("operationId of " + name + " is unique")
                    .isTrue();
            assertThat(operation.getString("summary", ""))
                    .as("summary of " + name)
                    .isNotBlank();
            JsonObject body = operation.getJsonObject("requestBody");
            if (body != null) {
                assertThat(body.getJsonObject("content").getJsonObject("application/json"))
                        .as("example body of " + name)
                        .containsKey("example");
            }
            operation.getJsonObject("responses").forEach((status, response) -> {
                if (status.startsWith("4")) {
                    JsonObject problem = resolved(contract, response.asJsonObject())
                            .getJsonObject("content")
                            .getJsonObject("application/problem+json");
                    assertThat(problem.getJsonObject("schema").getString("$ref"))
                            .as(status + " of " + name)
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
        });
        JsonObject schemas = contract.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.getJsonObject("Problem").getJsonObject("properties"))
                .containsKeys("type", "title", "status", "detail", "errors", "clashes");
        schemas.forEach((schema, definition) -> definition
                .asJsonObject()
                .getOrDefault("properties", JsonValue.EMPTY_JSON_OBJECT)
                .asJsonObject()
                .forEach((field, type) -> {
                    if ((field.equals("id") || field.endsWith("Id"))
                            && !type.asJsonObject().containsKey("pattern")) {
                        assertThat(type.asJsonObject().getString("type"))
                                .as(schema + "." + field + ": ids are integers, keys have a pattern")
                                .isEqualTo("integer");
                    }
                    assertThat(type.asJsonObject().keySet())
                            .as(schema + "." + field + " has a type")
                            .containsAnyOf("type", "$ref");
                }));
    }

    @Test
    void outsideValidatorsFindNoErrorInTheServedContract() throws IOException, InterruptedException {
        Path tools = Path.of(System.getProperty("hub.openapiChecks", "target/openapi-checks"));
        Path served = tools.resolve("served-openapi.yaml");
        Files.writeString(served, HUB.get("/openapi").body(), StandardCharsets.UTF_8);

        assertThat(run(
                        tools,
                        tools.resolve("node_modules/.bin/redocly").toString(),
                        "lint",
                        "--config",
                        "redocly.yaml",
                        served.toString()))
                .as("Redocly's recommended rules")
                .isEqualTo(0);
        assertThat(run(tools, "node", "validate.cjs", served.toString()))
                .as("swagger-parser's validation")
                .isEqualTo(0);
    }

    @Test
    void aClientGeneratedFromTheContractBooksReadsAndCancels() throws ApiException {
        ApiClient client = clientSignedInAs("staff");
        RoomView room = new RoomsApi(client)
                .listRooms(false).stream()
                        .filter(RoomView::getBookableByTenants)
                        .findFirst()
                        .orElseThrow();
        LocalDate day = TestDates.inLane(TestDates.Lane.API_CLIENT, 0, DayOfWeek.WEDNESDAY, 1);
        BookingsApi bookings = new BookingsApi(client);

        BookingView made = bookings.createBooking(new BookingInput()
                .roomId(room.getId())
                .title("Generated client check")
                .type(BookingInput.TypeEnum.MEETING)
                .visibility(BookingInput.VisibilityEnum.PRIVATE)
                .expectedAttendance(6)
                .start(day.atTime(10, 0))
                .end(day.atTime(11, 0)));
        BookingView read = bookings.getBooking(made.getId());
        BookingView cancelled = bookings.cancelBooking(made.getId());

        assertThat(made.getStatus()).isEqualTo(BookingView.StatusEnum.CONFIRMED);
        assertThat(read.getTitle()).isEqualTo("Generated client check");
        assertThat(read.getRoomId()).isEqualTo(room.getId());
        assertThat(read.getOccurrences())
                .singleElement()
                .satisfies(occurrence -> assertThat(occurrence.getDate()).isEqualTo(day));
        assertThat(cancelled.getStatus()).isEqualTo(BookingView.StatusEnum.CANCELLED);
        assertThatThrownBy(() -> new BookingsApi(clientSignedInAs("sam")).getBooking(made.getId()))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        refused -> assertThat(refused.getCode()).isEqualTo(403));
    }

    private static ApiClient clientSignedInAs(String username) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(HUB.uri("/").toString().replaceAll("/$", ""));
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + HubClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }

    private static int run(Path directory, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES))
                .as(String.join(" ", command) + " finishes")
                .isTrue();
        System.out.println(output);
        return process.exitValue();
    }

    /** One operation as the contract or the resource method has it: its path and query parameters, and whether it takes a body. */
    record Operation(Set<String> pathParameters, Set<String> queryParameters, boolean body) {}

    /** The served contract, read from its YAML. */
    static JsonObject contract() {
        HttpResponse<String> served = HUB.get("/openapi");
        assertThat(served.statusCode()).isEqualTo(200);
        try {
            String json =
                    new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(served.body()));
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, JsonObject> operations(JsonObject contract) {
        Map<String, JsonObject> operations = new TreeMap<>();
        contract.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
                    if (HTTP_METHODS.contains(method)) {
                        operations.put(method.toUpperCase() + " " + path, operation.asJsonObject());
                    }
                }));
        return operations;
    }

    private static JsonObject resolved(JsonObject contract, JsonObject maybeReference) {
        if (!maybeReference.containsKey("$ref")) {
            return maybeReference;
        }
        JsonValue target = contract;
        for (String step : maybeReference.getString("$ref").substring(2).split("/")) {
            target = target.asJsonObject().get(step);
        }
        return target.asJsonObject();
    }

    private static Map<String, Operation> documentedOperations() {
        Map<String, Operation> documented = new TreeMap<>();
        operations(contract()).forEach((name, operation) -> {
            Set<String> path = new TreeSet<>();
            Set<String> query = new TreeSet<>();
            for (JsonValue parameter : operation
                    .getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY)
                    .asJsonArray()) {
                (parameter.asJsonObject().getString("in").equals("path") ? path : query)
                        .add(parameter.asJsonObject().getString("name"));
            }
            documented.put(name, new Operation(path, query, operation.containsKey("requestBody")));
        });
        return documented;
    }

    /** Every resource method of the hub's compiled classes, found as JAX-RS finds them: by their annotations. */
    private static Map<String, Operation> implementedOperations() throws IOException {
        Path classes = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("community/hub/web"))) {
            for (Path file :
                    files.filter(file -> file.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    found.add(Class.forName(name, false, OpenApiContractChecks.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError notForTheTests) {
                    // a class the test class path cannot load is no resource: resources need only the Jakarta APIs
                }
            }
        }
        String root = found.stream()
                .map(type -> type.getAnnotation(ApplicationPath.class))
                .filter(Objects::nonNull)
                .map(ApplicationPath::value)
                .findFirst()
                .orElseThrow();
        Map<String, Operation> implemented = new TreeMap<>();
        for (Class<?> resource : found) {
            jakarta.ws.rs.Path resourcePath = resource.getAnnotation(jakarta.ws.rs.Path.class);
            if (resourcePath == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                String verb = Arrays.stream(method.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                        .filter(Objects::nonNull)
                        .map(HttpMethod::value)
                        .findFirst()
                        .orElse(null);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = ("/" + root + "/" + resourcePath.value() + "/"
                                + (methodPath == null ? "" : methodPath.value()))
                        .replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}")
                        .replaceAll("/+", "/")
                        .replaceAll("(.)/$", "$1");
                Set<String> pathParameters = new TreeSet<>();
                Set<String> queryParameters = new TreeSet<>();
                boolean body = false;
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(PathParam.class)) {
                        pathParameters.add(
                                parameter.getAnnotation(PathParam.class).value());
                    } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                        queryParameters.add(
                                parameter.getAnnotation(QueryParam.class).value());
                    } else if (!parameter.isAnnotationPresent(Context.class) && !hasJaxRsAnnotation(parameter)) {
                        body = true;
                    }
                }
                implemented.put(verb + " " + path, new Operation(pathParameters, queryParameters, body));
            }
        }
        return implemented;
    }

    private static boolean hasJaxRsAnnotation(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation.annotationType().getPackageName().equals("jakarta.ws.rs")) {
                return true;
            }
        }
        return false;
    }
}
