package community.hub.web.door;

import static org.junit.jupiter.api.Assertions.assertEquals;

import community.hub.web.calendar.FeedsFromMemory;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarDoorTest {

    @Test
    void feedsAreHandedToTheHubsCalendarServlet() {
        assertEquals(Optional.of("/calendar/hub.ics"), CalendarDoor.feedPath("/hub.ics"));
        assertEquals(Optional.of("/calendar/rooms/main-hall.ics"), CalendarDoor.feedPath("/rooms/main-hall.ics"));
        assertEquals(
                Optional.of("/calendar/feeds/Zq3_k-9aBcDeFgHiJkLmNo.ics"),
                CalendarDoor.feedPath("/feeds/Zq3_k-9aBcDeFgHiJkLmNo.ics"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/",
                "/hub",
                "/hub.ics/",
                "/../admin/closures.xhtml",
                "/rooms/../../admin/x.ics",
                "/rooms/./x.ics",
                "/a/b/c/d.ics",
                "/rooms//x.ics",
                "/rooms/x.ics;jsessionid=1",
                "/rooms/%2e%2e.ics",
                "/admin/closures.xhtml",
                "/rooms/x.ics?y",
                "/rooms\\x.ics"
            })
    void anythingNotShapedLikeAFeedIsNotForwarded(String pathInfo) {
        assertEquals(Optional.empty(), CalendarDoor.feedPath(pathInfo));
    }

    @Test
    void theDoorLooksForTheAnswererUnderTheNameTheHubGivesIt() {
        // the door's module cannot see the hub's classes at run time, so it keeps its own copy of the name
        assertEquals(FeedsFromMemory.ATTRIBUTE, CalendarDoor.FROM_MEMORY);
    }

    @Test
    void noPathIsNotForwarded() {
        assertEquals(Optional.empty(), CalendarDoor.feedPath(null));
    }
}
