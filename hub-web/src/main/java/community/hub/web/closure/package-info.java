/** The hub manager's pages for closures: days the whole hub or one room is shut. */
package community.hub.web.closure;
