/** Other income over HTTP: list, record, remove. */
package community.hub.web.income.api;
