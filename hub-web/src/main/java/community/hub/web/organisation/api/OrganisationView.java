package community.hub.web.organisation.api;

import community.hub.account.Account;
import community.hub.organisation.Organisation;
import community.hub.web.api.EnumJson;
import java.util.List;

/** An organisation as staff and its own members see it through the API. */
public record OrganisationView(
        long id,
        String name,
        String type,
        String rateBand,
        int monthlyIncludedHours,
        int bookingWindowDays,
        boolean autoApprove,
        String contactEmail,
        boolean retired,
        List<Member> members) {

    /** A tenant account of the organisation. */
    public record Member(long id, String username, String displayName, boolean active) {
        static Member of(Account account) {
            return new Member(account.getId(), account.getUsername(), account.getDisplayName(), account.isActive());
        }
    }

    public static OrganisationView of(Organisation organisation, List<Account> members) {
        return new OrganisationView(
                organisation.getId(),
                organisation.getName(),
                EnumJson.name(organisation.getType()),
                EnumJson.name(organisation.getRateBand()),
                organisation.getMonthlyIncludedHours(),
                organisation.getBookingWindowDays(),
                organisation.isAutoApprove(),
                organisation.getContactEmail(),
                organisation.isRetired(),
                members.stream().map(Member::of).toList());
    }
}
