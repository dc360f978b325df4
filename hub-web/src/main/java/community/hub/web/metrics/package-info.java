/** What an operator watches at {@code /metrics} (Prometheus text, served by Payara's MicroProfile Metrics). */
package community.hub.web.metrics;
