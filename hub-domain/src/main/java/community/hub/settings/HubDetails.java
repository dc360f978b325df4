package community.hub.settings;

/**
 * The hub's details as pages, feeds and emails show them. Before the hub manager has set the hub up it has no details
 * but a plain name, so nothing names a hub that is not this one.
 *
 * @param version changes whenever the details do, for whatever was built from them
 */
public record HubDetails(
        String name, String address, String contactEmail, String contactPhone, String publicNotice, long version) {

    /** What a hub is called before its manager names it. */
    public static final String UNNAMED = "Community Hub";

    static final HubDetails NOT_SET = new HubDetails(UNNAMED, null, null, null, null, -1);

    static HubDetails of(HubSettings settings) {
        return new HubDetails(
                settings.getName(),
                settings.getAddress(),
                settings.getContactEmail(),
                settings.getContactPhone(),
                settings.getPublicNotice(),
                settings.getVersion());
    }

    public boolean hasNotice() {
        return publicNotice != null;
    }
}
