/** The staff reports page (utilisation heat map, activity and attendance charts) and the impact report page. */
package community.hub.web.report;
