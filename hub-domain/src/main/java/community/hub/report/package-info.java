/**
 * What the hub's use adds up to: room utilisation, sessions, hours and attendance by activity and organisation type,
 * and the impact report for commissioners. The sums are pure rules over plain records; the services read the records.
 */
package community.hub.report;
