/** The hub manager's pages for organisations: the list, and one organisation's details and members. */
package community.hub.web.organisation;
