package community.hub.room;

/** What a room offers; some features are what makes a room accessible to someone. */
public enum RoomFeature {
    STEP_FREE_ACCESS(true),
    HEARING_LOOP(true),
    CHANGING_PLACES_TOILET_NEARBY(true),
    SINK(false),
    CLINICAL_COUCH(false),
    KITCHEN(false),
    PROJECTOR(false),
    BLACKOUT_BLINDS(false);

    private final boolean accessibility;

    RoomFeature(boolean accessibility) {
        this.accessibility = accessibility;
    }

    /** True for the features people look for when they need an accessible space. */
    public boolean isAccessibility() {
        return accessibility;
    }
}
