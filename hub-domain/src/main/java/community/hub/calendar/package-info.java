/**
 * Private calendar feeds: who may read which feed, through a random token that only its owner sees,
 * can revoke and can replace. What a feed contains is built in hub-integration.
 */
package community.hub.calendar;
