package community.hub.changelog;

/** What kind of thing a change was made to. */
public enum ChangedThing {
    ROOM,
    ORGANISATION,
    ACCOUNT,
    CLOSURE,
    HUB_SETTINGS,
    CAFE_SETTINGS,
    CAFE_MEMBER,
    BACKUP,
    SUGGESTION,
    INCOME
}
