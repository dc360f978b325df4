package community.hub.organisation;

/** What kind of body an organisation is; reports group hours and income by it. */
public enum OrganisationType {
    NHS,
    COUNCIL,
    VCSE,
    SOCIAL_ENTERPRISE,
    COMMUNITY_GROUP
}
