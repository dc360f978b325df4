package community.hub.web.suggestion;

import community.hub.suggestion.SuggestionService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Each night, removes the addresses the hub no longer needs: ideas closed 90 days ago, supports never confirmed. */
@Singleton
public class AddressRetention {

    private static final Logger LOG = Logger.getLogger(AddressRetention.class.getName());

    @Inject
    private SuggestionService residents;

    @Schedule(hour = "3", minute = "50", timezone = "Europe/London", persistent = false)
    void removeExpiredAddresses() {
        int ideas = residents.removeExpiredAddresses();
        if (ideas > 0) {
            LOG.info(() -> "Email addresses removed from " + ideas + " ideas closed more than 90 days ago.");
        }
    }
}
