/**
 * Organisations that use the hub (NHS, council, voluntary and community groups): their type,
 * rate band, monthly allowance, how far ahead they may book and whether their requests are approved automatically.
 */
package community.hub.organisation;
