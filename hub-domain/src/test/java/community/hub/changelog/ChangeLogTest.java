package community.hub.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import community.hub.HubTime;
import community.hub.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ChangeLogTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 29); // the first Monday of British Summer Time

    private static Instant at(LocalDate day, int hour, int minute) {
        return HubTime.instant(day, LocalTime.of(hour, minute));
    }

    private static ChangeLogEntry entry(Instant at, String who, ChangedThing thing) {
        return new ChangeLogEntry(at, who, thing, Change.CHANGED, 4L, "Youth hall", null);
    }

    @Test
    void anEntrySaysWhatWasDoneToWhichRecord() {
        assertEquals(
                "Room Youth hall changed",
                entry(at(MONDAY, 10, 0), "admin", ChangedThing.ROOM).sentence());
        assertEquals(
                "Closure closed: 2027-04-02 – 2027-04-05: Easter",
                new ChangeLogEntry(
                                at(MONDAY, 10, 0),
                                "admin",
                                ChangedThing.CLOSURE,
                                Change.CLOSED,
                                9L,
                                null,
                                "2027-04-02 – 2027-04-05: Easter")
                        .sentence());
        assertEquals(
                "Cafe settings changed: support ratio",
                new ChangeLogEntry(
                                at(MONDAY, 10, 0),
                                "staff",
                                ChangedThing.CAFE_SETTINGS,
                                Change.CHANGED,
                                null,
                                "  ",
                                "support ratio")
                        .sentence());
        assertEquals(
                "Account kim invited again",
                new ChangeLogEntry(
                                at(MONDAY, 10, 0),
                                "admin",
                                ChangedThing.ACCOUNT,
                                Change.INVITED_AGAIN,
                                12L,
                                "kim",
                                null)
                        .sentence());
    }

    @Test
    void anEntryNamesWhoMadeTheChangeAndKeepsItsTextShort() {
        assertThrows(IllegalArgumentException.class, () -> entry(at(MONDAY, 10, 0), " ", ChangedThing.ROOM));
        assertThrows(IllegalArgumentException.class, () -> entry(at(MONDAY, 10, 0), null, ChangedThing.ROOM));
        ChangeLogEntry longOne = new ChangeLogEntry(
                at(MONDAY, 10, 0), "admin", ChangedThing.CLOSURE, Change.CLOSED, 1L, "x".repeat(500), "y".repeat(500));
        assertEquals(ChangeLogEntry.NAME_LENGTH, longOne.getRecordName().length());
        assertEquals(ChangeLogEntry.DETAIL_LENGTH, longOne.getDetail().length());
        assertTrue(longOne.getDetail().endsWith("…"));
    }

    @Test
    void aFilterNarrowsByKindPersonAndWholeDaysAtTheHub() {
        ChangeLogEntry roomAtMidnight = entry(at(MONDAY, 0, 0), "admin", ChangedThing.ROOM);
        ChangeLogEntry closureLateSunday = entry(at(MONDAY.minusDays(1), 23, 59), "Staff", ChangedThing.CLOSURE);
        ChangeLogEntry roomLateTuesday = entry(at(MONDAY.plusDays(1), 23, 59), "admin", ChangedThing.ROOM);

        assertTrue(ChangeLogFilter.ALL.admits(closureLateSunday));
        ChangeLogFilter rooms = new ChangeLogFilter(ChangedThing.ROOM, null, null, null);
        assertTrue(rooms.admits(roomAtMidnight));
        assertFalse(rooms.admits(closureLateSunday));

        ChangeLogFilter staff = new ChangeLogFilter(null, " staff ", null, null);
        assertTrue(staff.admits(closureLateSunday), "a username matches whatever its case");
        assertFalse(staff.admits(roomAtMidnight));

        ChangeLogFilter monday = new ChangeLogFilter(null, null, MONDAY, MONDAY);
        assertTrue(monday.admits(roomAtMidnight));
        assertFalse(monday.admits(closureLateSunday));
        assertFalse(monday.admits(roomLateTuesday));
        ChangeLogFilter fromMonday = new ChangeLogFilter(null, null, MONDAY, null);
        assertTrue(fromMonday.admits(roomLateTuesday));
        ChangeLogFilter toTuesday = new ChangeLogFilter(null, null, null, MONDAY.plusDays(1));
        assertTrue(toTuesday.admits(roomLateTuesday), "the last day counts to its end, in the hub's time");
        assertEquals(at(MONDAY.plusDays(2), 0, 0), toTuesday.untilInstant());
    }

    @Test
    void aFilterWhoseLastDayIsBeforeItsFirstIsRefused() {
        Refusal refusal =
                assertThrows(Refusal.class, () -> new ChangeLogFilter(null, null, MONDAY, MONDAY.minusDays(1)));
        assertEquals("to", refusal.field());
        assertEquals(null, new ChangeLogFilter(null, "  ", null, null).who());
    }
}
