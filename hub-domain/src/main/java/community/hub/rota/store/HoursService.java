package community.hub.rota.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The hours people give the café: shifts and hours each member has on the rota in a month, for reports and funders. */
@ApplicationScoped
@Transactional
public class HoursService {

    @Inject
    private HeldPlaces heldPlaces;

    /** Shifts and hours each member has on the rota in the month, by name; closed shifts do not count. */
    public List<MemberHours> hours(@NotNull YearMonth month) {
        Map<CafeMember, List<CafeAssignment>> byMember =
                heldPlaces.between(month.atDay(1), month.atEndOfMonth()).stream()
                        .collect(Collectors.groupingBy(CafeAssignment::getMember));
        return byMember.entrySet().stream()
                .map(entry -> new MemberHours(
                        entry.getKey().getId(),
                        entry.getKey().getName(),
                        entry.getValue().size(),
                        entry.getValue().stream()
                                .map(held -> Duration.between(
                                        held.getShift().getStart(),
                                        held.getShift().getEnd()))
                                .reduce(Duration.ZERO, Duration::plus)))
                .sorted(Comparator.comparing(MemberHours::getName).thenComparingLong(MemberHours::getMemberId))
                .toList();
    }
}
