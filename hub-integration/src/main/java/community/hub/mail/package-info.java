/**
 * Booking emails: what hub staff decide about an organisation's booking (a request approved or declined, the
 * booking or some of its dates called off), told to the organisation by email through Jakarta Mail.
 * <p>
 * Each message is composed and written to an outbox table in the booking change's own transaction, so it exists
 * exactly when the change commits; a sender sends it after the commit, on a thread of its own, and tries again later
 * when the mail server fails. Nothing about sending ever reaches the booking: a failed send neither blocks nor undoes
 * it. With no mail server configured, messages wait in the outbox.
 */
package community.hub.mail;
