package community.hub.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One more hub, started as an operator starts one: the runnable file the build made, with {@code java -jar} and
 * nothing else on the path (no Maven), the settings given as environment variables. For tests that need several
 * instances at once.
 */
final class HubInstance implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final List<String> answersBeforeReady = new ArrayList<>();

    private HubInstance(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static HubInstance start(Path directory, int port, Map<String, String> settings) throws IOException {
        return start(Path.of(System.getProperty("hub.runnableFile")), directory, port, settings);
    }

    /** A hub started from the given runnable file, such as a copy with something broken inside. */
    static HubInstance start(Path runnableFile, Path directory, int port, Map<String, String> settings)
            throws IOException {
        Files.createDirectories(directory);
        Path log = directory.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-Djava.io.tmpdir=" + directory,
                        "-jar",
                        runnableFile.toString(),
                        "--port",
                        String.valueOf(port)))
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment()
                .put("PATH", Path.of(System.getProperty("java.home"), "bin").toString());
        builder.environment().put("HUB_DATA_DIR", directory.resolve("data").toString());
        builder.environment().putAll(settings);
        return new HubInstance(builder.start(), port, log);
    }

    /** Waits until the hub says it is ready, as a load balancer would. */
    HubInstance ready(Duration within) throws InterruptedException {
        awaitReadiness(within, answer -> answer.statusCode() == 200);
        return this;
    }

    /**
     * The first answer of {@code /health/ready} once the hub has finished deploying (Payara's own "no application"
     * aside), whether UP or DOWN.
     */
    HttpResponse<String> readiness(Duration within) throws InterruptedException {
        return awaitReadiness(
                within, answer -> !answer.body().isBlank() && !answer.body().contains("No Application deployed"));
    }

    private HttpResponse<String> awaitReadiness(Duration within, Predicate<HttpResponse<String>> wanted)
            throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The hub on port " + port + " stopped while starting: see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (wanted.test(answer)) {
                    return answer;
                }
                answersBeforeReady.add(answer.statusCode() + " " + answer.body().strip());
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The hub on port " + port + " was not ready within " + within + ": see " + log);
    }

    /**
     * What {@code /health/ready} answered while the hub was starting, before the answer waited for: each status and
     * body. Refused connections are not answers.
     */
    List<String> answersBeforeReady() {
        return List.copyOf(answersBeforeReady);
    }

    /** Waits until the hub has said it cannot start (a hub told to wait keeps running), and answers what it said. */
    List<String> cannotStartSaid(Duration within) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (cannotStartLines().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        return cannotStartLines();
    }

    /** The lines of the hub's log that say it cannot start. */
    List<String> cannotStartLines() throws IOException {
        return log().lines()
                .filter(line -> line.contains("The hub cannot start"))
                .toList();
    }

    /** Waits for the process to end by itself and answers its exit status. */
    int exitStatus(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(
                    "The hub on port " + port + " was still running after " + within + ": see " + log);
        }
        return process.exitValue();
    }

    /** Kills the process at once, as {@code kill -9} does: no shutdown of any kind. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    int port() {
        return port;
    }

    /** What the hub has written to its log so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
