package community.hub.web.rota.api;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.rota.CafeRole;
import community.hub.web.api.EnumJson;
import community.hub.web.api.UnknownValue;
import community.hub.web.security.Caller;
import jakarta.ws.rs.ForbiddenException;
import java.util.EnumMap;
import java.util.Map;

/** What every café rota resource reads the same way: jobs as the API names them, and the caller's account. */
final class RotaApi {

    private RotaApi() {}

    /** A job named as the API names it ({@code front_of_house}), or a 400 on the field listing the jobs there are. */
    static CafeRole role(String name, String field) {
        try {
            return new EnumJson.CafeRoles().adaptFromJson(name == null ? "" : name);
        } catch (UnknownValue unknown) {
            throw Refusal.invalid(field, "rota.role.unknown", name);
        }
    }

    /** People needed per job, as the API names the jobs; none sent is none needed, and a job without a count needs nought. */
    static Map<CafeRole, Integer> places(Map<String, Integer> places) {
        Map<CafeRole, Integer> counted = new EnumMap<>(CafeRole.class);
        (places == null ? Map.<String, Integer>of() : places)
                .forEach((role, count) -> counted.put(role(role, "places"), count == null ? 0 : count));
        return counted;
    }

    /** The signed-in caller's account; 403 without one. */
    static Account me(Caller caller) {
        return caller.account().orElseThrow(ForbiddenException::new);
    }
}
