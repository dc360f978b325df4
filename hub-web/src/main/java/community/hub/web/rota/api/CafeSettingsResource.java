package community.hub.web.rota.api;

import community.hub.Refusal;
import community.hub.rota.CafeSettings;
import community.hub.rota.RegularShift;
import community.hub.rota.store.CafeSettingsService;
import community.hub.web.api.EnumJson;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The café's settings and usual week (SPEC §4 {@code /api/rota/settings}, {@code /api/rota/pattern}): the support ratio, the
 * places an event in the café gets, and the weekly pattern new weeks are made from. Shares the root {@code rota} with
 * {@link RotaWeekResource} (Jersey merges root resources of one path).
 */
@Path("rota")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CafeSettingsResource {

    @Inject
    private CafeSettingsService settingsService;

    /** One line of the weekly pattern. */
    public record RegularShiftView(DayOfWeek day, LocalTime start, LocalTime end, Map<String, Integer> places) {
        static RegularShiftView of(RegularShift shift) {
            Map<String, Integer> places = new LinkedHashMap<>();
            shift.getPlaces().forEach((role, count) -> places.put(EnumJson.name(role), count));
            return new RegularShiftView(shift.getDay(), shift.getStart(), shift.getEnd(), places);
        }
    }

    /** The café's rota settings: {@code {"membersPerJobCoach": 2, "eventPlaces": {"supervisor_job_coach": 1, ...}}}. */
    public record SettingsView(Integer membersPerJobCoach, Map<String, Integer> eventPlaces) {
        static SettingsView of(CafeSettings settings) {
            Map<String, Integer> places = new LinkedHashMap<>();
            settings.getEventPlaces().forEach((role, count) -> places.put(EnumJson.name(role), count));
            return new SettingsView(settings.getMembersPerJobCoach(), places);
        }
    }

    @GET
    @Path("settings")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public SettingsView settings() {
        return SettingsView.of(settingsService.cafeSettings());
    }

    @PUT
    @Path("settings")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public SettingsView changeSettings(SettingsView settings) {
        CafeSettings changed = new CafeSettings();
        if (settings != null) {
            changed.setMembersPerJobCoach(settings.membersPerJobCoach());
            if (settings.eventPlaces() == null) {
                changed.setEventPlaces(null);
            } else {
                settings.eventPlaces()
                        .forEach((role, count) ->
                                changed.getEventPlaces().put(RotaApi.role(role, "eventPlaces"), count));
            }
        }
        return SettingsView.of(settingsService.changeSettings(settings == null ? null : changed));
    }

    @GET
    @Path("pattern")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public List<RegularShiftView> pattern() {
        return settingsService.pattern().stream().map(RegularShiftView::of).toList();
    }

    @PUT
    @Path("pattern")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public List<RegularShiftView> replacePattern(List<RegularShiftView> pattern) {
        List<RegularShift> regular = (pattern == null ? List.<RegularShiftView>of() : pattern)
                .stream()
                        .map(line -> {
                            if (line.day() == null || line.start() == null || line.end() == null) {
                                throw Refusal.invalid("regularShifts", "rota.shift.timesNeeded");
                            }
                            return new RegularShift(
                                    line.day(), line.start(), line.end(), RotaApi.places(line.places()));
                        })
                        .toList();
        return settingsService.replacePattern(regular).stream()
                .map(RegularShiftView::of)
                .toList();
    }
}
