package community.hub.calendar;

import community.hub.HubTime;
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

import java.util.List;

/** The hub's one time zone, Europe/London, as feeds write it: the VTIMEZONE, the TZID, and the registry dates use. */
final class HubZones {

    static final VTimeZone LONDON;
    /**
     * A registry that knows Europe/London itself. Dates carrying a TZID look their zone up in their registry; in one
     * that knows no zones iCal4j falls back to scanning every zone the JVM has, for every date it writes.
     */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    static {
        LONDON = ZONES.getTimeZone(HubTime.ZONE.getId()).getVTimeZone();
        ZONES.register(new TimeZone(LONDON));
    }

    private HubZones() {
    }

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
