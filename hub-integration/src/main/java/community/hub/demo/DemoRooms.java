package community.hub.demo;

import static community.hub.room.RoomFeature.BLACKOUT_BLINDS;
import static community.hub.room.RoomFeature.CHANGING_PLACES_TOILET_NEARBY;
import static community.hub.room.RoomFeature.CLINICAL_COUCH;
import static community.hub.room.RoomFeature.HEARING_LOOP;
import static community.hub.room.RoomFeature.KITCHEN;
import static community.hub.room.RoomFeature.PROJECTOR;
import static community.hub.room.RoomFeature.SINK;
import static community.hub.room.RoomFeature.STEP_FREE_ACCESS;

import community.hub.room.OpeningHours;
import community.hub.room.RoomDetails;
import community.hub.room.RoomFeature;
import community.hub.room.RoomService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The demo hub's nine rooms of SPEC §7, with their features, opening hours, turnarounds and rates. */
@ApplicationScoped
class DemoRooms {

    private static final LocalTime WEEKDAY_OPEN = LocalTime.of(8, 0);
    private static final LocalTime WEEKDAY_CLOSE = LocalTime.of(21, 0);
    private static final LocalTime SATURDAY_OPEN = LocalTime.of(9, 0);
    private static final LocalTime SATURDAY_CLOSE = LocalTime.of(17, 0);

    @Inject
    private RoomService rooms;

    void load() {
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
}
