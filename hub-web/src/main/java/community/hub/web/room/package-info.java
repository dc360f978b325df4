/** The hub manager's pages for rooms: the list, and one room's details, opening hours and rates. */
package community.hub.web.room;
