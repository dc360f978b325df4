package community.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** How the API says no (RFC 9457 problem details): what every check of a refusal looks for. */
final class Problems {

    private Problems() {}

    /** A problem+json answer with the status, a title, and a detail that says something without a stack trace. */
    static void assertProblem(HttpResponse<String> response, int status) {
        assertProblemJson(response, status);
        JsonObject problem = HubClient.object(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank().doesNotContain("Exception", "at community.");
    }

    /** A problem+json answer with the status whose first error, beside the field, says the words. */
    static void assertRefused(HttpResponse<String> response, int status, String field, String words) {
        assertProblemJson(response, status);
        JsonObject error = firstError(response);
        assertThat(error.getString("field")).isEqualTo(field);
        assertThat(error.getString("message")).contains(words);
    }

    static JsonObject firstError(HttpResponse<String> response) {
        return HubClient.object(response).getJsonArray("errors").getJsonObject(0);
    }

    static void assertProblemJson(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
    }
}
