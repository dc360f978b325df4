package community.hub.web.rota;

import community.hub.account.Account;
import community.hub.rota.SpokenTime;
import community.hub.rota.store.ShiftSwap;
import community.hub.rota.store.SwapService;
import community.hub.web.FieldMessages;
import community.hub.web.Text;
import community.hub.web.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The swaps in the staff grid's week that volunteers have agreed between them, waiting for staff to approve or refuse. */
@Named
@ViewScoped
public class SwapsWaiting implements Serializable {

    @Inject
    private SwapService swapService;

    @Inject
    private RotaGrid grid;

    @Inject
    private Caller caller;

    private final Map<Long, String> refusalReasons = new HashMap<>();

    /** A taken swap as the grid lists it: which, and in words who hands which place to whom. */
    public static final class Waiting implements Serializable {
        private final long id;
        private final String line;

        Waiting(ShiftSwap swap, Locale locale) {
            this.id = swap.getId();
            this.line = Text.get(
                    locale,
                    "rota.swap.line",
                    swap.getOfferedBy().getName(),
                    SpokenTime.shift(swap.getShift().toShift(), locale),
                    RotaPages.roleWords(locale, swap.getRole()),
                    swap.getTakenBy().map(taker -> taker.getName()).orElse(""));
        }

        public long getId() {
            return id;
        }

        public String getLine() {
            return line;
        }
    }

    /** Taken swaps in the week, waiting for staff. */
    public List<Waiting> getSwaps() {
        Locale locale = RotaPages.locale();
        return swapService.waitingIn(grid.rotaWeek(), me()).stream()
                .map(swap -> new Waiting(swap, locale))
                .toList();
    }

    public void approve(Waiting swap) {
        grid.act(() -> {
            swapService.approve(swap.getId(), me());
            grid.reload();
            FieldMessages.info("rota.swap.approved");
        });
    }

    public void refuse(Waiting swap) {
        grid.act(() -> {
            swapService.refuse(swap.getId(), refusalReasons.get(swap.getId()), me());
            refusalReasons.remove(swap.getId());
            FieldMessages.info("rota.swap.refused");
        });
    }

    /** The reason staff give for refusing each swap, by swap id. */
    public Map<Long, String> getRefusalReasons() {
        return refusalReasons;
    }

    private Account me() {
        return caller.account().orElseThrow();
    }
}
