package community.hub.mail;

import community.hub.settings.HubDetails;

/** The address a hub's email gives for questions: the hub's own contact address where its manager has given one, else the address replies go to. */
final class ContactAddress {

    private ContactAddress() {}

    static String of(HubDetails hub, MailSettings settings) {
        return hub.contactEmail() != null ? hub.contactEmail() : settings.contactAddress();
    }
}
