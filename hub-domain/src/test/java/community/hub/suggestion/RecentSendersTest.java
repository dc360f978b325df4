package community.hub.suggestion;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import community.hub.Refusal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentSendersTest {

    private static final Instant NOON = Instant.parse("2027-03-29T11:00:00Z");

    @Test
    void eachNetworkAddressSendsItsShareAnHourAndThenWaits() {
        RecentSenders senders = new RecentSenders(3);
        for (int i = 0; i < 3; i++) {
            senders.count("192.0.2.1", NOON.plusSeconds(i));
        }

        Refusal refused = assertThrows(Refusal.class, () -> senders.count("192.0.2.1", NOON.plusSeconds(10)));

        assertEquals(Refusal.Kind.TOO_MANY, refused.kind());
        assertDoesNotThrow(
                () -> senders.count("192.0.2.2", NOON.plusSeconds(10)), "another sender has their own share");
        assertDoesNotThrow(
                () -> senders.count("192.0.2.1", NOON.plus(Duration.ofHours(1)).plusSeconds(1)), "an hour on");
    }

    @Test
    void itHoldsABoundedNumberOfSenders() {
        RecentSenders senders = new RecentSenders(1);
        for (int i = 0; i < 2 * RecentSenders.MOST_SENDERS; i++) {
            senders.count("sender " + i, NOON);
        }

        assertTrue(senders.senders() <= RecentSenders.MOST_SENDERS, "at most its limit, however many sent");
    }
}
