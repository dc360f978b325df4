package community.hub.account;

/** What a signed-in person may do at the hub. Residents need no account. */
public enum Role {
    /** The hub manager: everything staff can, plus accounts, rates, rooms and settings. */
    ADMIN,
    /** Hub coordinators: rooms, services, approvals, the café rota, reports. */
    STAFF,
    /** A member of an organisation that uses the hub. */
    TENANT,
    /** A café trainee, worker or volunteer. */
    VOLUNTEER
}
