/**
 * Suggest an activity: the public form and list of ideas with their supports, the links in the emails (confirm a
 * support, forget an address), the staff queue and answering, and tenants offering to run an idea.
 */
package community.hub.web.suggestion;
