package community.hub.mail;

import community.hub.Words;
import community.hub.rota.RotaNews;
import community.hub.rota.store.CafeMember;
import community.hub.settings.HubDetails;
import community.hub.settings.HubSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the rota email for each member in a piece of rota news into the outbox, in the rota change's own transaction
 * (the news is fired synchronously inside it): the emails are there exactly when the publication or change commits,
 * and one rolled back leaves none. The mail sender sends them after the commit.
 */
@ApplicationScoped
public class RotaMailOutbox {

    private static final Logger LOG = Logger.getLogger(RotaMailOutbox.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private HubSettingsService hubSettings;

    void write(@Observes RotaNews news) {
        Instant now = clock.instant();
        HubDetails hub = hubSettings.details();
        for (RotaNews.MemberNews member : news.members()) {
            MailMessage message;
            try {
                RotaMail mail = new RotaMail(ContactAddress.of(hub, settings), hub.name(), language(member.memberId()));
                message = mail.compose(news.kind(), news.week(), member);
            } catch (RuntimeException unexpected) {
                // Writing an email must never cost the hub the rota change itself.
                LOG.log(
                        Level.SEVERE,
                        "Could not write the rota email for member " + member.memberId() + " (" + news.kind() + ", "
                                + news.week() + ")",
                        unexpected);
                continue;
            }
            entityManager.persist(new OutgoingMail(null, message, now));
        }
    }

    /** The member's own language where their account chose one. */
    private Locale language(long memberId) {
        CafeMember member = entityManager.find(CafeMember.class, memberId);
        return member == null || member.getAccount() == null
                ? Words.BASE_LANGUAGE
                : member.getAccount().language().orElse(Words.BASE_LANGUAGE);
    }
}
