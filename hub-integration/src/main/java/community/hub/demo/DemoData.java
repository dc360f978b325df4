package community.hub.demo;

import community.hub.account.AccountService;
import community.hub.account.NewAccount;
import community.hub.account.Role;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationDetails;
import community.hub.organisation.OrganisationService;
import community.hub.organisation.OrganisationType;
import community.hub.room.RateBand;
import community.hub.room.RoomService;
import community.hub.settings.HubSettingsService;
import community.hub.settings.SettingsDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The demo hub of SPEC §7: nine rooms, a dozen organisations, the demo accounts (all with the documented
 * demo password), a term of bookings and the café team with its rota. Loaded only into an empty database.
 */
@ApplicationScoped
public class DemoData {

    /** The one password the demo accounts share; documented in the README, never used outside demo data. */
    public static final String DEMO_PASSWORD = "hub-demo";

    @Inject
    private RoomService rooms;

    @Inject
    private DemoRooms demoRooms;

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
        demoRooms.load();
        loadOrganisationsAndTenants();
        loadStaffAndVolunteers();
        term.load();
        attendance.load();
        cafe.load();
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
