package community.hub.rota.store;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.rota.RotaWeek;

/** Who may do what on the rota: staff run it; anyone else sees published weeks only, and a staff task is "not found". */
final class RotaAccess {

    private RotaAccess() {}

    static void staffOnly(Account by) {
        if (!by.isStaff()) {
            throw Refusal.notFound("rota.staffOnly");
        }
    }

    static Refusal notPublished(RotaWeek week) {
        return Refusal.notFound("rota.weekNotPublished", week);
    }
}
