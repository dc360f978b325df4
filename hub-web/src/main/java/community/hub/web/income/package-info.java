/** The hub's income beyond room hire, on the income page beside room hire. */
package community.hub.web.income;
