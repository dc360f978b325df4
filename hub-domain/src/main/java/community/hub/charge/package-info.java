/**
 * Room-hire charges: each organisation's monthly included hours, what it is charged beyond them at its rate band,
 * the standard-rate value beside it, and so what the hub gives (the subsidy, or community dividend).
 */
package community.hub.charge;
