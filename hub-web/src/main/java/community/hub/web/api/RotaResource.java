package community.hub.web.api;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.export.CafeHoursCsv;
import community.hub.rota.CafeRole;
import community.hub.rota.CafeSettings;
import community.hub.rota.RegularShift;
import community.hub.rota.RotaDeliveries;
import community.hub.rota.RotaWeek;
import community.hub.rota.store.CafeSettingsService;
import community.hub.rota.store.HoursService;
import community.hub.rota.store.LeavingService;
import community.hub.rota.store.RotaWeekService;
import community.hub.rota.store.SwapService;
import community.hub.rota.store.TeamService;
import community.hub.rota.store.MemberHours;
import community.hub.rota.store.WeekAsShown;
import community.hub.web.security.Caller;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The café rota (SPEC §4): staff see, fill, change and publish weeks; volunteers see published weeks, keep their own
 * availability and time away, and swap shifts. A change that would break a rota rule is a 409 naming the rule.
 */
@Path("rota")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Café rota")
@SecurityRequirement(name = "basic")
public class RotaResource {

    @Inject
    private TeamService teamService;

    @Inject
    private LeavingService leavingService;

    @Inject
    private CafeSettingsService settingsService;

    @Inject
    private RotaWeekService weekService;

    @Inject
    private SwapService swapService;

    @Inject
    private HoursService hoursService;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** A staff change to one member's places: from a place, to a place, or both (the "from" role may be left out). */
    public record MoveInput(Long memberId, String fromShiftId, CafeRole fromRole, String toShiftId, CafeRole toRole) {
    }

    /** A one-off shift: {@code {"date": "2026-03-05", "start": "12:00", "end": "14:00", "places": {"kitchen": 2}, "title": "Community lunch"}}. */
    public record ExtraShiftInput(LocalDate date, LocalTime start, LocalTime end, Map<String, Integer> places, String title) {
    }

    /** One line of the weekly pattern. */
    public record RegularShiftView(DayOfWeek day, LocalTime start, LocalTime end, Map<String, Integer> places) {
    }

    public record SwapOffer(String week, String shiftId) {
    }

    public record Decision(String reason) {
    }

    /** One of the caller's shifts in a published week. */
    public record MyShift(String week, String shiftId, LocalDate date, LocalDateTime start, LocalDateTime end, String role,
                          boolean newSincePublished, Long swapId) {
    }

    /** The café's rota settings: {@code {"membersPerJobCoach": 2, "eventPlaces": {"supervisor_job_coach": 1, ...}}}. */
    public record SettingsView(Integer membersPerJobCoach, Map<String, Integer> eventPlaces) {
        static SettingsView of(CafeSettings settings) {
            Map<String, Integer> places = new LinkedHashMap<>();
            settings.getEventPlaces().forEach((role, count) -> places.put(EnumJson.name(role), count));
            return new SettingsView(settings.getMembersPerJobCoach(), places);
        }
    }

    public record HoursView(String month, List<MemberHoursView> members, BigDecimal totalHours) {
    }

    /** A place on a shift still to come that someone gave up by leaving the team. */
    public record PlaceGivenUpView(String week, String shiftId, LocalDate date, LocalDateTime start, LocalDateTime end, String role,
                                   String title) {
        static PlaceGivenUpView of(LeavingService.PlaceGivenUp place) {
            return new PlaceGivenUpView(place.week().toString(), place.shift().getId(), place.shift().getDate(),
                    LocalDateTime.of(place.shift().getDate(), place.shift().getStart()),
                    LocalDateTime.of(place.shift().getDate(), place.shift().getEnd()), EnumJson.name(place.role()), place.title());
        }
    }

    /** Someone who left the team: who, the day, and every place they gave up, each now open. */
    public record LeavingView(RotaMemberView member, LocalDate leftOn, List<PlaceGivenUpView> placesGivenUp) {
    }

    /** Someone a published week concerns, for staff: their places that week and whether they changed since publishing. */
    public record RecipientView(long memberId, String name, int places, boolean changedSincePublished) {
        static List<RecipientView> of(List<RotaDeliveries.Recipient> recipients) {
            return recipients.stream().map(recipient -> new RecipientView(recipient.memberId(), recipient.name(), recipient.places(),
                    recipient.changedSincePublished())).toList();
        }
    }

    /**
     * How each member on a published week gets their rota: emailed (with the address), without an email address (staff
     * tell them another way), a printed easy-read rota to hand them (and those whose print is out of date since a
     * change), and their own calendar feed, which follows the rota by itself.
     */
    public record DeliveriesView(String week, boolean published, List<EmailedView> emailed, List<RecipientView> withoutEmail,
                                 List<RecipientView> toPrint, List<RecipientView> toPrintAgain, List<RecipientView> byCalendar) {
    }

    public record EmailedView(long memberId, String name, String email, int places, boolean changedSincePublished) {
    }

    public record MemberHoursView(long memberId, String name, int shifts, BigDecimal hours) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VOLUNTEER})
    @Operation(summary = "A week of café shifts with who is on them and every place still open, with the reason",
            description = "week is an ISO week such as 2026-W10, this week when left out. Volunteers see only published weeks; "
                    + "an unpublished week is 404 to them.")
    public RotaWeekView week(@QueryParam("week") String week) {
        return RotaWeekView.of(weekService.week(weekOrThisWeek(week), me()), locale());
    }

    @POST
    @Path("{week}/autofill")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Fill the week's open places, keeping everyone already placed",
            description = "Returns the filled week; every shift left short lists the role, how many and the reason in short.")
    public RotaWeekView autoFill(@PathParam("week") String week) {
        return RotaWeekView.of(weekService.autoFill(RotaWeek.parse(week), me()), locale());
    }

    @POST
    @Path("{week}/reassign")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Put someone in a place, take them off one, or move them, with every rota rule checked",
            description = "409 naming the rule the change would break; nothing changes then. Places set here are locked.")
    public RotaWeekView reassign(@PathParam("week") String week, MoveInput move) {
        if (move == null || move.memberId() == null) {
            throw Refusal.invalid("memberId", "rota.move.memberNeeded");
        }
        return RotaWeekView.of(weekService.reassign(RotaWeek.parse(week), new RotaWeekService.Move(move.memberId(), move.fromShiftId(),
                move.fromRole(), move.toShiftId(), move.toRole()), me()), locale());
    }

    @POST
    @Path("{week}/shifts")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Add a one-off shift to the week, such as a community lunch, with the places staff choose")
    public Response addShift(@PathParam("week") String week, ExtraShiftInput extra) {
        if (extra == null) {
            throw Refusal.invalid("date", "rota.shift.timesNeeded");
        }
        RotaWeek rotaWeek = RotaWeek.parse(week);
        Map<CafeRole, Integer> places = new EnumMap<>(CafeRole.class);
        if (extra.places() != null) {
            extra.places().forEach((role, count) -> places.put(role(role), count == null ? 0 : count));
        }
        RotaWeekView view = RotaWeekView.of(weekService.addShift(rotaWeek, new RotaWeekService.ExtraShift(extra.date(), extra.start(),
                extra.end(), places, extra.title()), me()), locale());
        return Response.created(uri.getBaseUriBuilder().path("rota").queryParam("week", rotaWeek.toString()).build()).entity(view).build();
    }

    @POST
    @Path("{week}/publish")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Publish the week: volunteers see it, and later changes show as changes")
    public RotaWeekView publish(@PathParam("week") String week) {
        return RotaWeekView.of(weekService.publish(RotaWeek.parse(week), me()), locale());
    }

    @GET
    @Path("members")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "The café team: roles, maximum hours a week, who needs a job coach, weekly availability",
            description = "Each member also shows their time away, buddy, whether they like the same shifts each week, how they "
                    + "like to get their rota, their own email address and the volunteer account they sign in with. "
                    + "former=true lists those who have left the team instead, with the day each left.")
    public List<RotaMemberView> members(@QueryParam("former") boolean former) {
        if (former) {
            return leavingService.formerMembers().stream().map(left -> memberView(left.id())).toList();
        }
        Map<Long, String> usernames = teamService.usernames();
        return teamService.team().stream().map(member -> RotaMemberView.of(member, usernames.get(member.getId()))).toList();
    }

    @GET
    @Path("members/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "One member of the café team")
    public RotaMemberView member(@PathParam("id") long id) {
        return memberView(id);
    }

    @POST
    @Path("members")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Add someone to the café team",
            description = "201 with the member and their Location; 400 listing every field that is wrong, and nothing is saved then.")
    public Response addMember(MemberInput member) {
        RotaMemberView added = memberView(teamService.addMember(member == null ? null : member.toDetails()).getId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build()).entity(added).build();
    }

    @PUT
    @Path("members/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Change everything about a member of the café team at once",
            description = "Send every field, as the member reads back; 400 listing every field that is wrong, and nothing changes then.")
    public RotaMemberView changeMember(@PathParam("id") long id, MemberInput member) {
        teamService.changeMember(id, member == null ? null : member.toDetails());
        return memberView(id);
    }

    @POST
    @Path("members/{id}/leave")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Someone leaves the café team today",
            description = "They keep their past shifts and hours; every place they hold on a shift still to come is given up and "
                    + "becomes an open place saying they left (a published week shows it as a change). Auto-fill never places "
                    + "them again. Returns the places given up; 409 if they have already left.")
    public LeavingView leave(@PathParam("id") long id) {
        LeavingService.Leaving leaving = leavingService.leave(id, me());
        return new LeavingView(memberView(id), leaving.on(), leaving.placesGivenUp().stream().map(PlaceGivenUpView::of).toList());
    }

    @POST
    @Path("members/{id}/come-back")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Someone who left comes back to the café team",
            description = "Auto-fill may place them again; the places they gave up are not given back. 409 if they are on the team.")
    public RotaMemberView comeBack(@PathParam("id") long id) {
        leavingService.comeBack(id, me());
        return memberView(id);
    }

    @GET
    @Path("{week}/deliveries")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "How each member on a published week gets their rota, for staff",
            description = "Emailed (to which address), no email address (tell them another way), a printed easy-read rota to "
                    + "hand them, and their own calendar feed (nothing to send). Empty lists for a week not published yet.")
    public DeliveriesView deliveries(@PathParam("week") String week) {
        RotaWeek rotaWeek = RotaWeek.parse(week);
        WeekAsShown shown = weekService.week(rotaWeek, me());
        return shown.getDeliveries().map(deliveries -> new DeliveriesView(rotaWeek.toString(), true,
                        deliveries.getEmailed().stream().map(recipient -> new EmailedView(recipient.memberId(), recipient.name(),
                                recipient.address(), recipient.places(), recipient.changedSincePublished())).toList(),
                        RecipientView.of(deliveries.getWithoutAddress()), RecipientView.of(deliveries.getToPrint()),
                        RecipientView.of(deliveries.getToPrintAgain()), RecipientView.of(deliveries.getByCalendar())))
                .orElse(new DeliveriesView(rotaWeek.toString(), false, List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @GET
    @Path("settings")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "How many members who need a job coach one job coach supports, and the places an event in the café gets")
    public SettingsView settings() {
        return SettingsView.of(settingsService.cafeSettings());
    }

    @PUT
    @Path("settings")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Change the support ratio auto-fill and every change keep to, and the places an event in the café gets",
            description = "eventPlaces lists people needed per job, for example {\"supervisor_job_coach\": 1, \"front_of_house\": 1}.")
    public SettingsView changeSettings(SettingsView settings) {
        CafeSettings changed = new CafeSettings();
        if (settings != null) {
            changed.setMembersPerJobCoach(settings.membersPerJobCoach());
            if (settings.eventPlaces() == null) {
                changed.setEventPlaces(null);
            } else {
                settings.eventPlaces().forEach((role, count) -> changed.getEventPlaces().put(role(role, "eventPlaces"), count));
            }
        }
        return SettingsView.of(settingsService.changeSettings(settings == null ? null : changed));
    }

    @PUT
    @Path("{week}/shifts/{shiftId}/places")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Change how many people each job needs on one shift of the week, such as an event in the café",
            description = "Send every job that needs people, for example {\"supervisor_job_coach\": 1, \"kitchen\": 2}; jobs left out "
                    + "need nobody. 409 when fewer places than people already doing a job.")
    public RotaWeekView changePlaces(@PathParam("week") String week, @PathParam("shiftId") String shiftId, Map<String, Integer> places) {
        Map<CafeRole, Integer> counted = new EnumMap<>(CafeRole.class);
        (places == null ? Map.<String, Integer>of() : places).forEach((role, count) -> counted.put(role(role), count == null ? 0 : count));
        return RotaWeekView.of(weekService.changePlaces(RotaWeek.parse(week), shiftId, counted, me()), locale());
    }

    @GET
    @Path("pattern")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "The café's usual week of shifts, from which each week's shifts are made")
    public List<RegularShiftView> pattern() {
        return settingsService.pattern().stream().map(RotaResource::view).toList();
    }

    @PUT
    @Path("pattern")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Replace the café's usual week; weeks already made keep their shifts")
    public List<RegularShiftView> replacePattern(List<RegularShiftView> pattern) {
        List<RegularShift> regular = (pattern == null ? List.<RegularShiftView>of() : pattern).stream().map(line -> {
            if (line.day() == null || line.start() == null || line.end() == null) {
                throw Refusal.invalid("regularShifts", "rota.shift.timesNeeded");
            }
            Map<CafeRole, Integer> places = new EnumMap<>(CafeRole.class);
            (line.places() == null ? Map.<String, Integer>of() : line.places())
                    .forEach((role, count) -> places.put(role(role), count == null ? 0 : count));
            return new RegularShift(line.day(), line.start(), line.end(), places);
        }).toList();
        return settingsService.replacePattern(regular).stream().map(RotaResource::view).toList();
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Your own place on the café team, with your availability and time away")
    public RotaMemberView myself() {
        return RotaMemberView.own(teamService.me(me()));
    }

    @PUT
    @Path("me/availability")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "The times you can work every week, replacing the ones you gave before")
    public RotaMemberView changeAvailability(List<RotaMemberView.Available> times) {
        List<RotaMemberView.Available> given = times == null ? List.of() : times;
        if (given.stream().anyMatch(time -> time == null || time.day() == null || time.from() == null || time.until() == null)) {
            throw Refusal.invalid("availability", "rota.availability.incomplete");
        }
        return RotaMemberView.own(teamService.changeAvailability(me(), given.stream().map(RotaMemberView.Available::toAvailableTime).toList()));
    }

    @POST
    @Path("me/time-away")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Days you are away, the first to the last")
    public RotaMemberView goAway(RotaMemberView.Away away) {
        if (away == null || away.first() == null) {
            throw Refusal.invalid("first", "rota.timeAway.needed");
        }
        return RotaMemberView.own(teamService.goAway(me(), RotaMemberView.away(away.last() == null ? new RotaMemberView.Away(away.first(),
                away.first()) : away)));
    }

    @DELETE
    @Path("me/time-away")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "You are not away after all on the days given (first and last, as you gave them)")
    public RotaMemberView cancelTimeAway(@QueryParam("first") LocalDate first, @QueryParam("last") LocalDate last) {
        if (first == null) {
            throw Refusal.invalid("first", "rota.timeAway.needed");
        }
        return RotaMemberView.own(teamService.cancelTimeAway(me(), RotaMemberView.away(new RotaMemberView.Away(first, last == null ? first : last))));
    }

    @GET
    @Path("me/shifts")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Your shifts in published weeks, from this week on")
    public List<MyShift> myShifts() {
        return swapService.shiftsOf(me()).stream().map(held -> new MyShift(held.getWeek().toString(), held.getShift().getId(),
                held.getShift().getDate(), LocalDateTime.of(held.getShift().getDate(), held.getShift().getStart()),
                LocalDateTime.of(held.getShift().getDate(), held.getShift().getEnd()), EnumJson.name(held.getRole()),
                held.isNewSincePublished(), held.getOpenSwap().map(swap -> swap.getId()).orElse(null))).toList();
    }

    @GET
    @Path("swaps")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VOLUNTEER})
    @Operation(summary = "Shift swaps from today on: staff see every open one; volunteers the shifts offered and their own swaps")
    public List<SwapView> swaps() {
        return swapService.swaps(me()).stream().map(SwapView::of).toList();
    }

    @POST
    @Path("swaps")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Offer your place on a shift of a published week to the rest of the team")
    public Response offer(SwapOffer offer) {
        if (offer == null || offer.week() == null) {
            throw Refusal.invalid("week", "rota.swap.weekNeeded");
        }
        SwapView swap = SwapView.of(swapService.offer(RotaWeek.parse(offer.week()), offer.shiftId(), me()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(swap.id())).build()).entity(swap).build();
    }

    @POST
    @Path("swaps/{id}/take")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Take a shift someone offered; 409 naming the rota rule if you could not work it")
    public SwapView take(@PathParam("id") long id) {
        return SwapView.of(swapService.take(id, me()));
    }

    @POST
    @Path("swaps/{id}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Approve a taken swap; every rule is checked again, 409 naming the one it would break")
    public SwapView approve(@PathParam("id") long id) {
        return SwapView.of(swapService.approve(id, me()));
    }

    @POST
    @Path("swaps/{id}/refuse")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Refuse a taken swap, saying why")
    public SwapView refuse(@PathParam("id") long id, Decision decision) {
        return SwapView.of(swapService.refuse(id, decision == null ? null : decision.reason(), me()));
    }

    @POST
    @Path("swaps/{id}/withdraw")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Keep the shift you offered after all")
    public SwapView withdraw(@PathParam("id") long id) {
        return SwapView.of(swapService.withdraw(id, me()));
    }

    @GET
    @Path("hours")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Shifts and hours each member has on the rota in a month (month=YYYY-MM, this month when left out)")
    public HoursView hours(@QueryParam("month") String month) {
        YearMonth asked = month(month);
        List<MemberHours> hours = hoursService.hours(asked);
        return new HoursView(asked.toString(), hours.stream().map(member -> new MemberHoursView(member.getMemberId(), member.getName(),
                member.getShifts(), member.getHoursAsNumber())).toList(),
                hours.stream().map(MemberHours::getHoursAsNumber).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @GET
    @Path("hours.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "The same hours as a CSV file to open in a spreadsheet")
    public Response hoursCsv(@QueryParam("month") String month) {
        YearMonth asked = month(month);
        return Response.ok(CafeHoursCsv.of(asked, hoursService.hours(asked)), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + CafeHoursCsv.fileName(asked) + "\"").build();
    }

    private RotaMemberView memberView(long id) {
        TeamService.Standing standing = teamService.standing(id);
        return RotaMemberView.of(teamService.member(id), standing.username(), standing.onTeam(), standing.leftOn());
    }

    private static RegularShiftView view(RegularShift shift) {
        Map<String, Integer> places = new LinkedHashMap<>();
        shift.getPlaces().forEach((role, count) -> places.put(EnumJson.name(role), count));
        return new RegularShiftView(shift.getDay(), shift.getStart(), shift.getEnd(), places);
    }

    /** A job named as the API names it ({@code front_of_house}), or a 400 listing the jobs there are. */
    private static CafeRole role(String name) {
        return role(name, "places");
    }

    private static CafeRole role(String name, String field) {
        try {
            return new EnumJson.CafeRoles().adaptFromJson(name == null ? "" : name);
        } catch (UnknownValue unknown) {
            throw Refusal.invalid(field, "rota.role.unknown", name);
        }
    }

    private RotaWeek weekOrThisWeek(String week) {
        return week == null || week.isBlank() ? RotaWeek.containing(LocalDate.now(clock)) : RotaWeek.parse(week);
    }

    private YearMonth month(String month) {
        return Months.orThisMonth(month, "month", clock);
    }

    private Locale locale() {
        return Requests.locale(headers);
    }

    private Account me() {
        return caller.account().orElseThrow(ForbiddenException::new);
    }
}
