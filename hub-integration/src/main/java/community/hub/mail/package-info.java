/**
 * The hub's emails, through Jakarta Mail: what hub staff decide about an organisation's booking (a request approved
 * or declined, the booking or some of its dates called off), told to the organisation; and the café rota, told to
 * each member of the café team who gets it by email, when a week is published and when it changes for them.
 * <p>
 * Each message is composed and written to an outbox table in the change's own transaction, so it exists
 * exactly when the change commits; a sender sends it after the commit, on a thread of its own, and tries again later
 * when the mail server fails. Nothing about sending ever reaches the change: a failed send neither blocks nor undoes
 * it. With no mail server configured, messages wait in the outbox.
 * <p>
 * Each email's layout is a Mustache template beside its bundle ({@code *.mustache}); its words come from the mail
 * bundles in the reader's language ({@link community.hub.mail.MailTemplates}).
 */
package community.hub.mail;
