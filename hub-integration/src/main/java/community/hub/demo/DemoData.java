package community.hub.demo;

import static community.hub.room.RoomFeature.BLACKOUT_BLINDS;
import static community.hub.room.RoomFeature.CHANGING_PLACES_TOILET_NEARBY;
import static community.hub.room.RoomFeature.CLINICAL_COUCH;
import static community.hub.room.RoomFeature.HEARING_LOOP;
import static community.hub.room.RoomFeature.KITCHEN;
import static community.hub.room.RoomFeature.PROJECTOR;
import static community.hub.room.RoomFeature.SINK;
import static community.hub.room.RoomFeature.STEP_FREE_ACCESS;

import community.hub.account.AccountService;
import community.hub.account.NewAccount;
import community.hub.account.Role;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationDetails;
import community.hub.organisation.OrganisationService;
import community.hub.organisation.OrganisationType;
import community.hub.room.OpeningHours;
import community.hub.room.RateBand;
import community.hub.room.RoomDetails;
import community.hub.room.RoomFeature;
import community.hub.room.RoomService;
import community.hub.settings.HubSettingsService;
import community.hub.settings.SettingsDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo hub of SPEC §7: nine rooms, a dozen organisations, the demo accounts (all with the documented
 * demo password), a term of bookings and the café team with its rota. Loaded only into an empty database.
 */
@ApplicationScoped
public class DemoData {

    /** The one password the demo accounts share; documented in the README, never used outside demo data. */
    public static final String DEMO_PASSWORD = "hub-demo";

    private static final LocalTime WEEKDAY_OPEN = LocalTime.of(8, 0);
    private static final LocalTime WEEKDAY_CLOSE = LocalTime.of(21, 0);
    private static final LocalTime SATURDAY_OPEN = LocalTime.of(9, 0);
    private static final LocalTime SATURDAY_CLOSE = LocalTime.of(17, 0);

    @Inject
    private RoomService rooms;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Inject
    private DemoTerm term;

    @Inject
    private DemoCafe cafe;

    @Inject
    private DemoAttendance attendance;

    @Inject
    private HubSettingsService hubSettings;

    /** True when the hub holds nothing yet: no rooms and no accounts. */
    public boolean hubIsEmpty() {
        return rooms.all().isEmpty() && accounts.count() == 0;
    }

    @Transactional
    public void load() {
        hubSettings.change(new SettingsDetails(
                "Fleetwood Community Hub",
                "The old hospital, Fleetwood (demo address)",
                "bookings@hub.example",
                "01253 000 000",
                null));
        loadRooms();
        loadOrganisationsAndTenants();
        loadStaffAndVolunteers();
        term.load();
        attendance.load();
        cafe.load();
    }

    private void loadRooms() {
        room(
                "clinic-1",
                "Clinic Room 1",
                4,
                "Ground floor",
                "A consulting room for NHS outpatient clinics.",
                EnumSet.of(STEP_FREE_ACCESS, HEARING_LOOP, SINK, CLINICAL_COUCH, CHANGING_PLACES_TOILET_NEARBY),
                15,
                30,
                480,
                "28.00",
                "18.00",
                false,
                hubHours());
        room(
                "clinic-2",
                "Clinic Room 2",
                4,
                "Ground floor",
                "A second consulting room, used for CAMHS and therapy sessions.",
                EnumSet.of(STEP_FREE_ACCESS, SINK, CLINICAL_COUCH),
                15,
                30,
                480,
                "28.00",
                "18.00",
                false,
                hubHours());
        room(
                "youth-hall",
                "Youth Hall",
                60,
                "Ground floor",
                "A big open hall with a pool table, sofas and a sound system.",
                EnumSet.of(STEP_FREE_ACCESS, HEARING_LOOP, KITCHEN, CHANGING_PLACES_TOILET_NEARBY),
                30,
                60,
                360,
                "35.00",
                "20.00",
                true,
                hubHours());
        room(
                "sports-hall",
                "Sports Hall",
                80,
                "Ground floor",
                "A four-court hall for exercise classes, sport and events.",
                EnumSet.of(STEP_FREE_ACCESS, CHANGING_PLACES_TOILET_NEARBY),
                15,
                60,
                480,
                "40.00",
                "22.00",
                true,
                hubHours());
        room(
                "training-suite",
                "Training Suite",
                16,
                "First floor",
                "Sixteen laptops, a projector and a big screen for digital skills and training.",
                EnumSet.of(STEP_FREE_ACCESS, HEARING_LOOP, PROJECTOR, BLACKOUT_BLINDS),
                15,
                60,
                480,
                "30.00",
                "15.00",
                true,
                hubHours());
        room(
                "art-studio",
                "Art Studio",
                20,
                "First floor",
                "A bright studio with sinks, easels and a kiln.",
                EnumSet.of(STEP_FREE_ACCESS, SINK, BLACKOUT_BLINDS),
                30,
                60,
                360,
                "25.00",
                "12.00",
                true,
                hubHours());
        room(
                "meeting-room",
                "Meeting Room",
                12,
                "First floor",
                "A quiet room for meetings, one-to-ones and advice sessions.",
                EnumSet.of(STEP_FREE_ACCESS, HEARING_LOOP, PROJECTOR),
                0,
                30,
                480,
                "18.00",
                "9.00",
                true,
                hubHours());
        room(
                "food-bank-store",
                "Food Bank Store",
                10,
                "Ground floor",
                "The food bank's store and distribution room, with a loading door.",
                EnumSet.of(STEP_FREE_ACCESS, SINK),
                0,
                60,
                600,
                "15.00",
                "0.00",
                false,
                hubHours());
        room(
                "cafe",
                "Community Café",
                40,
                "Ground floor",
                "The community café, run by a social enterprise. Bookable for community lunches and events.",
                EnumSet.of(STEP_FREE_ACCESS, HEARING_LOOP, KITCHEN, CHANGING_PLACES_TOILET_NEARBY),
                15,
                60,
                480,
                "30.00",
                "15.00",
                false,
                cafeHours());
    }

    private void room(
            String slug,
            String name,
            int capacity,
            String floor,
            String description,
            Set<RoomFeature> features,
            int turnaround,
            int shortest,
            int longest,
            String standardRate,
            String communityRate,
            boolean bookableByTenants,
            List<OpeningHours> hours) {
        RoomDetails details = new RoomDetails();
        details.setSlug(slug);
        details.setName(name);
        details.setCapacity(capacity);
        details.setFloor(floor);
        details.setDescription(description);
        details.setFeatures(features);
        details.setTurnaroundMinutes(turnaround);
        details.setMinimumBookingMinutes(shortest);
        details.setMaximumBookingMinutes(longest);
        details.setStandardHourlyRate(new BigDecimal(standardRate));
        details.setCommunityHourlyRate(new BigDecimal(communityRate));
        details.setBookableByTenants(bookableByTenants);
        details.setOpeningHours(hours);
        rooms.add(details);
    }

    private static List<OpeningHours> hubHours() {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            hours.add(new OpeningHours(day, WEEKDAY_OPEN, WEEKDAY_CLOSE));
        }
        hours.add(new OpeningHours(DayOfWeek.SATURDAY, SATURDAY_OPEN, SATURDAY_CLOSE));
        return hours;
    }

    private static List<OpeningHours> cafeHours() {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)) {
            hours.add(new OpeningHours(day, LocalTime.of(8, 30), LocalTime.of(16, 30)));
        }
        return hours;
    }

    private void loadOrganisationsAndTenants() {
        Organisation foodBank = organisation(
                "Fleetwood Food Bank",
                OrganisationType.VCSE,
                RateBand.FREE,
                40,
                180,
                true,
                "hello@fleetwoodfoodbank.example");
        Organisation youth = organisation(
                "Youth Service",
                OrganisationType.COUNCIL,
                RateBand.COMMUNITY,
                30,
                120,
                true,
                "youth.service@council.example");
        Organisation camhs = organisation(
                "NHS CAMHS", OrganisationType.NHS, RateBand.STANDARD, 0, 180, false, "camhs.bookings@nhs.example");
        organisation(
                "NHS Outpatient Clinics",
                OrganisationType.NHS,
                RateBand.STANDARD,
                0,
                365,
                false,
                "outpatients@nhs.example");
        organisation(
                "Wyre Employment Support",
                OrganisationType.COUNCIL,
                RateBand.COMMUNITY,
                10,
                90,
                false,
                "employment@council.example");
        organisation(
                "Fleetwood Town Community Trust",
                OrganisationType.VCSE,
                RateBand.COMMUNITY,
                12,
                90,
                false,
                "trust@fleetwoodtown.example");
        organisation(
                "Digital Skills Fleetwood",
                OrganisationType.VCSE,
                RateBand.COMMUNITY,
                8,
                60,
                false,
                "learn@digitalskills.example");
        organisation(
                "Citizens Advice Wyre",
                OrganisationType.VCSE,
                RateBand.COMMUNITY,
                8,
                90,
                false,
                "advice@citizensadvice.example");
        organisation(
                "Fleetwood Art Club",
                OrganisationType.COMMUNITY_GROUP,
                RateBand.COMMUNITY,
                4,
                60,
                false,
                "artclub@example.org");
        organisation(
                "Over-55s Friendship Group",
                OrganisationType.COMMUNITY_GROUP,
                RateBand.FREE,
                6,
                60,
                true,
                "friends55@example.org");
        organisation(
                "Little Anchors Parent and Toddler Group",
                OrganisationType.COMMUNITY_GROUP,
                RateBand.COMMUNITY,
                4,
                60,
                false,
                "littleanchors@example.org");
        organisation(
                "Hub Café CIC",
                OrganisationType.SOCIAL_ENTERPRISE,
                RateBand.FREE,
                0,
                365,
                true,
                "cafe@hubcafe.example");

        accounts.openForDemo(
                account(
                        "foodbank",
                        "Fleetwood Food Bank coordinator",
                        "coordinator@fleetwoodfoodbank.example",
                        Role.TENANT),
                foodBank.getId());
        accounts.openForDemo(
                account("youth", "Youth Service lead", "youth.lead@council.example", Role.TENANT), youth.getId());
        accounts.openForDemo(
                account("camhs", "CAMHS team administrator", "camhs.admin@nhs.example", Role.TENANT), camhs.getId());
    }

    private Organisation organisation(
            String name,
            OrganisationType type,
            RateBand band,
            int includedHours,
            int windowDays,
            boolean autoApprove,
            String email) {
        OrganisationDetails details = new OrganisationDetails();
        details.setName(name);
        details.setType(type);
        details.setRateBand(band);
        details.setMonthlyIncludedHours(includedHours);
        details.setBookingWindowDays(windowDays);
        details.setAutoApprove(autoApprove);
        details.setContactEmail(email);
        return organisations.add(details);
    }

    private void loadStaffAndVolunteers() {
        accounts.openForDemo(account("admin", "Hub manager", "manager@hub.example", Role.ADMIN), null);
        accounts.openForDemo(account("staff", "Hub coordinator", "coordinator@hub.example", Role.STAFF), null);
        accounts.openForDemo(account("sam", "Sam Kelly", "sam@volunteer.example", Role.VOLUNTEER), null);
        accounts.openForDemo(account("alex", "Alex Morgan", "alex@volunteer.example", Role.VOLUNTEER), null);
    }

    private static NewAccount account(String username, String name, String email, Role role) {
        return new NewAccount(username, name, email, role, DEMO_PASSWORD);
    }
}
