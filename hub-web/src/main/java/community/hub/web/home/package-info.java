/** The public home page: the hub's spaces, their accessibility features and opening hours. */
package community.hub.web.home;
