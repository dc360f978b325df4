/** The hub manager's pages: rooms and organisations, with their members. */
package community.hub.web.admin;
