package community.hub.account;

/**
 * Someone was invited, in the transaction that made their account: for a café volunteer, the member of the café team
 * they are (none otherwise), for the café rota to link them. An observer that refuses undoes the invitation.
 */
public record AccountInvited(Account account, Long rotaMemberId) {}
