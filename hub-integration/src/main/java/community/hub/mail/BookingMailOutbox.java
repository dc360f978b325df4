package community.hub.mail;

import community.hub.Words;
import community.hub.account.Account;
import community.hub.booking.Booking;
import community.hub.booking.HubDecision;
import community.hub.settings.HubDetails;
import community.hub.settings.HubSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the email for each piece of booking news into the outbox, in the booking change's own transaction (the
 * news is fired synchronously inside it): the message is there exactly when the change commits, and a change rolled
 * back leaves none. It goes to the organisation's contact address and to whoever asked for the booking.
 */
@ApplicationScoped
public class BookingMailOutbox {

    private static final Logger LOG = Logger.getLogger(BookingMailOutbox.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private HubSettingsService hubSettings;

    void write(@Observes HubDecision news) {
        if (news.requestId() != null) {
            // The request that asked for an approved move goes; what was written about it now belongs to its booking.
            entityManager
                    .createQuery("update OutgoingMail m set m.bookingId = :booking where m.bookingId = :request")
                    .setParameter("booking", news.bookingId())
                    .setParameter("request", news.requestId())
                    .executeUpdate();
        }
        Booking booking = entityManager.find(Booking.class, news.bookingId());
        if (booking == null || booking.getOrganisation() == null) {
            return;
        }
        Instant now = clock.instant();
        HubDetails hub = hubSettings.details();
        List<MailMessage> messages;
        try {
            Optional<Account> requester = account(booking.getCreatedBy());
            String requesterAddress =
                    requester.filter(Account::isActive).map(Account::getEmail).orElse(null);
            List<String> recipients =
                    BookingMail.recipients(booking.getOrganisation().getContactEmail(), requesterAddress);
            if (recipients.isEmpty()) {
                LOG.info(() -> "No email for booking " + booking.getId() + " (" + news.kind() + "): "
                        + booking.getOrganisation().getName()
                        + " has no contact address and its requester none either.");
                return;
            }
            String requestedBy = requester.map(Account::getDisplayName).orElse(booking.getCreatedBy());
            Locale requesterLanguage = requester.flatMap(Account::language).orElse(Words.BASE_LANGUAGE);
            // Each reader gets it in their own language: the requester in theirs, the organisation's address in the
            // hub's.
            Map<Locale, List<String>> byLanguage = new LinkedHashMap<>();
            for (String address : recipients) {
                Locale language = address.equalsIgnoreCase(requesterAddress) ? requesterLanguage : Words.BASE_LANGUAGE;
                byLanguage.computeIfAbsent(language, any -> new ArrayList<>()).add(address);
            }
            messages = new ArrayList<>();
            for (Map.Entry<Locale, List<String>> readers : byLanguage.entrySet()) {
                messages.add(new BookingMail(ContactAddress.of(hub, settings), hub.name(), readers.getKey())
                        .compose(news, booking, readers.getValue(), requestedBy, now));
            }
        } catch (RuntimeException unexpected) {
            // Writing an email must never cost the hub the booking change itself.
            LOG.log(
                    Level.SEVERE,
                    "Could not write the email for booking " + booking.getId() + " (" + news.kind() + ")",
                    unexpected);
            return;
        }
        messages.forEach(message -> entityManager.persist(new OutgoingMail(booking.getId(), message, now)));
    }

    private Optional<Account> account(String username) {
        return entityManager
                .createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", username)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .stream()
                .findFirst();
    }
}
