package community.hub.rota;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the café runs its rota, as staff set it on a form or through the API: how many members who need a job coach
 * one job coach can support (auto-fill and every change keep to it), and the places an event booked in the café room
 * gets to begin with.
 */
public class CafeSettings implements Serializable {

    @NotNull(message = "{settings.membersPerJobCoach.required}")
    @Min(value = 1, message = "{settings.membersPerJobCoach.range}")
    @Max(value = 10, message = "{settings.membersPerJobCoach.range}")
    private Integer membersPerJobCoach;

    @NotNull(message = "{settings.eventPlaces.required}")
    private Map<
                    CafeRole,
                    @NotNull(message = "{settings.eventPlaces.required}")
                    @Min(value = 0, message = "{settings.eventPlaces.range}")
                    @Max(value = 9, message = "{settings.eventPlaces.range}") Integer>
            eventPlaces = new EnumMap<>(CafeRole.class);

    public CafeSettings() {}

    public CafeSettings(SupportRatio ratio, EventShifts events) {
        this.membersPerJobCoach = ratio.getMembersPerJobCoach();
        for (CafeRole role : CafeRole.values()) {
            eventPlaces.put(role, events.getUsualPlaces().getOrDefault(role, 0));
        }
    }

    public SupportRatio supportRatio() {
        return new SupportRatio(membersPerJobCoach);
    }

    public EventShifts eventShifts() {
        return new EventShifts(eventPlaces);
    }

    public Integer getMembersPerJobCoach() {
        return membersPerJobCoach;
    }

    public void setMembersPerJobCoach(Integer membersPerJobCoach) {
        this.membersPerJobCoach = membersPerJobCoach;
    }

    /** People each job needs at an event, every job listed (nought for none). */
    public Map<CafeRole, Integer> getEventPlaces() {
        return eventPlaces;
    }

    public void setEventPlaces(Map<CafeRole, Integer> eventPlaces) {
        this.eventPlaces = eventPlaces;
    }
}
