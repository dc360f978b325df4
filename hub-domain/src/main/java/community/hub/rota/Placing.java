package community.hub.rota;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One member considered for one place, with the week as it stands: what each hard rule looks at. */
record Placing(RotaMember member, Shift shift, CafeRole role, Placements placements, SupportRatio supportRatio) {

    /** A reason about this member and place: {0} name, {1} role, {2} day, {3} part of the day, {4} date, then the extras. */
    RotaReason reason(String key, Object... extras) {
        List<Object> arguments =
                new ArrayList<>(List.of(member.getName(), role, shift.getDay(), shift.getPartOfDay(), shift.getDate()));
        arguments.addAll(Arrays.asList(extras));
        return new RotaReason(key, arguments.toArray());
    }
}
