/** The reports over HTTP: utilisation and activity as JSON or CSV, the impact report as JSON or PDF. */
package community.hub.web.report.api;
