package community.hub.rota;

import community.hub.Refusal;
import java.util.Locale;

/** A refusal whose words come from the rota's own bundle, so the web layer reports it like any other. */
final class RotaRefusal extends Refusal {

    private final transient RotaReason reason;

    RotaRefusal(Kind kind, String field, RotaReason reason) {
        super(kind, field, reason.getKey());
        this.reason = reason;
    }

    static RotaRefusal invalidField(String field, String key, Object... arguments) {
        return new RotaRefusal(Kind.INVALID, field, new RotaReason(key, arguments));
    }

    @Override
    public String message(Locale locale) {
        return reason.message(locale);
    }
}
