/** The suggestions API (SPEC §4): public ideas, suggesting and supporting; the queue and answers for staff; offers. */
package community.hub.web.suggestion.api;
