package community.hub.rota;

/**
 * How many members who need a job coach one job coach on a shift can support. A shift with any such
 * member therefore needs at least one job coach, and one more for every further {@code membersPerJobCoach}.
 */
public final class SupportRatio {

    private final int membersPerJobCoach;

    public SupportRatio(int membersPerJobCoach) {
        if (membersPerJobCoach < 1) {
            throw RotaRefusal.invalidField("membersPerJobCoach", "supportRatio.range");
        }
        this.membersPerJobCoach = membersPerJobCoach;
    }

    public int getMembersPerJobCoach() {
        return membersPerJobCoach;
    }

    /** True when this many job coaches can support this many members who need one. */
    public boolean allows(int supportedMembers, int jobCoaches) {
        return supportedMembers <= (long) membersPerJobCoach * jobCoaches;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SupportRatio ratio && ratio.membersPerJobCoach == membersPerJobCoach;
    }

    @Override
    public int hashCode() {
        return membersPerJobCoach;
    }

    @Override
    public String toString() {
        return "1 job coach to " + membersPerJobCoach;
    }
}
