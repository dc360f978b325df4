/** The hub manager's pages: rooms, closures and organisations, with their members. */
package community.hub.web.admin;
