package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;

/**
 * The test server's idea of now, pinned by a test that needs a certain day and hour (the café open, a date inside the
 * cancellation cut-off) and let go when it is done: {@code try (ServerClock pinned = ServerClock.pinAt(...)) {...}}.
 * Time goes on from the pinned moment. Only the test deployment can be pinned (see {@link HubDeployment}).
 */
final class ServerClock implements AutoCloseable {

    private ServerClock() {}

    static ServerClock pinAt(LocalDateTime londonTime) {
        HttpResponse<String> pinned = HUB.put("/test/clock?at=" + londonTime, "", "staff");
        assertThat(pinned.statusCode()).as(pinned.body()).isEqualTo(204);
        return new ServerClock();
    }

    @Override
    public void close() {
        assertThat(HUB.delete("/test/clock", "staff").statusCode()).isEqualTo(204);
    }
}
