/**
 * The hub's own details, set by the hub manager: its name, address, how to contact it and a notice for the public.
 * Pages, feed names and emails use them.
 */
package community.hub.settings;
