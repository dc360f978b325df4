package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an operator scrapes at /metrics (Prometheus text): the hub's own counters move by exactly what happened. The
 * suite shares one server, so each figure is read before and after and only the difference is compared.
 */
abstract class MetricsChecks {

    private static final String FEED = "/calendar/rooms/art-studio.ics";

    /** A sample line: a name, its labels if any, and its value. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");

    /** Every sample of the hub's own figures, under its name and labels (e.g. {@code hub_feed_requests_total{...}}). */
    private static Map<String, Double> scrape() {
        HttpResponse<String> metrics = get("/metrics", "Accept", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        Map<String, Double> samples = new HashMap<>();
        for (String line : metrics.body().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.find() && sample.group(1).startsWith("hub_")) {
                samples.merge(
                        sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)),
                        Double.parseDouble(sample.group(3)),
                        Double::sum);
            }
        }
        return samples;
    }

    /** The value of the samples of this name whose labels hold all of {@code labels} (0 when there is none yet). */
    private static double value(Map<String, Double> samples, String name, String... labels) {
        return samples.entrySet().stream()
                .filter(sample ->
                        sample.getKey().equals(name) || sample.getKey().startsWith(name + "{"))
                .filter(sample -> Arrays.stream(labels).allMatch(sample.getKey()::contains))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    private static double change(Map<String, Double> before, Map<String, Double> after, String name, String... labels) {
        return value(after, name, labels) - value(before, name, labels);
    }

    private static HttpResponse<String> get(String path, String... headers) {
        return HUB.sendWith("GET", path, null, null, headers);
    }

    @Test
    void eachCounterMovesByExactlyWhatHappened() {
        long room = BookingsApiChecks.roomId("art-studio");
        LocalDate day = TestDates.inLane(TestDates.Lane.PROXY_AND_METRICS, 1, DayOfWeek.THURSDAY, 1);
        String title = "Counted " + UUID.randomUUID().toString().substring(0, 8);
        String booking = BookingsApiChecks.booking(room, title, day + "T14:00:00", day + "T15:00:00", "");
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Double> before = scrape();

        HttpResponse<String> booked = HUB.post("/api/bookings", booking, "staff");
        HttpResponse<String> clash = HUB.post("/api/bookings", booking, "staff");
        HttpResponse<String> feed = get(FEED);
        HttpResponse<String> unchanged =
                get(FEED, "If-None-Match", feed.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> wrongPassword = HUB.get("/api/me", stranger, "not the password");
        Map<String, Double> after = scrape();

        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(clash.statusCode()).as(clash.body()).isEqualTo(409);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(change(before, after, "hub_bookings_created_total")).isEqualTo(1.0);
        assertThat(change(before, after, "hub_bookings_refused_total", "reason=\"booking.clashes.once\""))
                .isEqualTo(1.0);
        assertThat(change(before, after, "hub_bookings_refused_total")).isEqualTo(1.0);
        assertThat(change(before, after, "hub_feed_requests_total")).isEqualTo(2.0);
        assertThat(change(before, after, "hub_feed_not_modified_total")).isEqualTo(1.0);
        assertThat(change(before, after, "hub_feed_cache_hits_total"))
                .as("the 304 was answered from the feed the first request built")
                .isGreaterThanOrEqualTo(1.0);
        assertThat(change(before, after, "hub_sign_in_failures_total")).isEqualTo(1.0);
    }

    @Test
    void theOutboxIsCountedAndNothingPrivateIsShown() {
        Map<String, Double> samples = scrape();

        assertThat(samples.keySet())
                .anyMatch(name -> name.startsWith("hub_mail_outbox_waiting"))
                .anyMatch(name -> name.startsWith("hub_mail_outbox_failed"));
        assertThat(value(samples, "hub_mail_outbox_waiting")).isGreaterThanOrEqualTo(0);
        assertThat(value(samples, "hub_mail_outbox_failed")).isGreaterThanOrEqualTo(0);
        String all = get("/metrics", "Accept", "text/plain").body();
        assertThat(all).doesNotContain("Counted ", "nobody-", "camhs", "@");
    }
}
