package community.hub.rota;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How each member on a week of the rota gets it, the way they chose: emailed to their address (their own, or else
 * their account's), printed in easy-read by staff, or through their own calendar feed, which follows the rota by
 * itself. Someone who wants it by email but has no address is listed for staff to tell another way.
 * <p>
 * A week concerns the members on the team with a place in it, and those whose places changed since it was
 * published (someone taken off every shift still needs to hear it).
 */
public final class RotaDeliveries {

    private final List<Recipient> recipients;

    private RotaDeliveries(List<Recipient> recipients) {
        this.recipients = List.copyOf(recipients);
    }

    /**
     * @param week      the week as it stands
     * @param team      the members on the team now; anyone else is left out
     * @param addresses where each member's email goes, by member id; a member without one is left out of the map
     * @param changed   the members whose places changed since the week was published
     */
    public static RotaDeliveries of(
            Rota week, Collection<RotaMember> team, Map<Long, String> addresses, Set<Long> changed) {
        List<Recipient> concerned = team.stream()
                .filter(member -> !week.shiftsOf(member.getId()).isEmpty() || changed.contains(member.getId()))
                .map(member -> new Recipient(
                        member.getId(),
                        member.getName(),
                        member.getRotaBy(),
                        addresses.get(member.getId()),
                        changed.contains(member.getId()),
                        week.shiftsOf(member.getId()).size()))
                .sorted(Comparator.comparing(Recipient::name).thenComparingLong(Recipient::memberId))
                .toList();
        return new RotaDeliveries(concerned);
    }

    /** The address the rota by email goes to: the member's own, or else their account's; none when both are blank. */
    public static Optional<String> addressOf(String own, String account) {
        if (own != null && !own.isBlank()) {
            return Optional.of(own.trim());
        }
        return account == null || account.isBlank() ? Optional.empty() : Optional.of(account.trim());
    }

    /** Everyone the week concerns, by name. */
    public List<Recipient> getRecipients() {
        return recipients;
    }

    /** Those whose rota the hub emails. */
    public List<Recipient> getEmailed() {
        return only(Recipient::isEmailed);
    }

    /** Those who want their rota by email but have no address: staff tell them another way. */
    public List<Recipient> getWithoutAddress() {
        return only(Recipient::isMissingAddress);
    }

    /** Those who want a printed easy-read rota. */
    public List<Recipient> getToPrint() {
        return only(Recipient::wantsPrint);
    }

    /** Those whose printed rota is out of date: the week changed for them since it was published. */
    public List<Recipient> getToPrintAgain() {
        return only(recipient -> recipient.wantsPrint() && recipient.changedSincePublished());
    }

    /** Those who follow their own calendar feed, which changes with the rota: nothing to send. */
    public List<Recipient> getByCalendar() {
        return only(Recipient::followsCalendar);
    }

    public Optional<Recipient> recipient(long memberId) {
        return recipients.stream()
                .filter(recipient -> recipient.memberId() == memberId)
                .findFirst();
    }

    private List<Recipient> only(Predicate<Recipient> wanted) {
        return recipients.stream().filter(wanted).toList();
    }

    /**
     * One member the week concerns.
     *
     * @param ways                  how they like to get their rota
     * @param address               where their email goes, or null for nowhere
     * @param changedSincePublished their places in the week changed after it was published
     * @param places                how many places they hold in the week now
     */
    public record Recipient(
            long memberId,
            String name,
            Set<RotaDelivery> ways,
            String address,
            boolean changedSincePublished,
            int places) {

        public Recipient {
            ways = ways.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ways));
        }

        public boolean isEmailed() {
            return ways.contains(RotaDelivery.EMAIL) && address != null;
        }

        public boolean isMissingAddress() {
            return ways.contains(RotaDelivery.EMAIL) && address == null;
        }

        public boolean wantsPrint() {
            return ways.contains(RotaDelivery.EASY_READ_PRINT);
        }

        public boolean followsCalendar() {
            return ways.contains(RotaDelivery.CALENDAR);
        }
    }
}
