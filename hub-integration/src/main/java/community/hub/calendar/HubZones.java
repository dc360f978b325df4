package community.hub.calendar;

import community.hub.HubTime;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;

/** The hub's one time zone, Europe/London, as feeds write it: the VTIMEZONE, the TZID, and the registry dates use. */
final class HubZones {

    static final VTimeZone LONDON;
    /**
     * A registry that knows Europe/London itself. Dates carrying a TZID look their zone up in their registry; in one
     * that knows no zones iCal4j falls back to scanning every zone the JVM has, for every date it writes.
     */
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    /**
     * Europe/London as the feeds' dates need it: the rules in force since 1996 (last Sunday of March and of October),
     * not the zone's history from 1847 that the full time-zone database writes into every feed.
     */
    private static final String LONDON_NOW = String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Community Hub//Calendar feeds 1.0//EN",
            "BEGIN:VTIMEZONE",
            "TZID:" + HubTime.ZONE.getId(),
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "DTSTART:19970330T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "DTSTART:19961027T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "END:VCALENDAR",
            "");

    static {
        try {
            LONDON = new CalendarBuilder()
                    .build(new StringReader(LONDON_NOW))
                    .getComponent(Component.VTIMEZONE)
                    .map(VTimeZone.class::cast)
                    .orElseThrow();
        } catch (IOException | ParserException impossible) {
            throw new IllegalStateException("The hub's own VTIMEZONE does not parse", impossible);
        }
        ZONES.register(new TimeZone(LONDON));
    }

    private HubZones() {}

    /** Points the event's dates at the hub's registry. */
    static void use(VEvent event) {
        for (String name : List.of(Property.DTSTART, Property.DTEND, Property.EXDATE, Property.RECURRENCE_ID)) {
            for (Property property : event.getProperties(name)) {
                if (property instanceof DateProperty<?> date) {
                    date.setTimeZoneRegistry(ZONES);
                } else if (property instanceof DateListProperty<?> dates) {
                    dates.setTimeZoneRegistry(ZONES);
                }
            }
        }
    }

    /** The TZID parameter of a date at the hub. */
    static ParameterList london() {
        return new ParameterList(List.of(new TzId(HubTime.ZONE.getId())));
    }
}
