/**
 * Which language a person reads the hub in (their account's choice, else the switcher's cookie, else their browser),
 * which languages there are (one for each text bundle), and the formats of dates, numbers and money in each.
 */
package community.hub.web.language;
