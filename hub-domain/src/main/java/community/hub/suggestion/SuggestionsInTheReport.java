package community.hub.suggestion;

import community.hub.HubTime;
import community.hub.report.ReportPeriod;
import community.hub.report.ResidentSuggestions;
import community.hub.report.SuggestionOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * What residents suggested in a period and what came of it, for the impact report: the published ideas suggested or
 * answered in it, the most supported first. Ideas staff set aside or merged stay out, as they do in public.
 */
@ApplicationScoped
public class SuggestionsInTheReport implements ResidentSuggestions {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<SuggestionOutcome> between(ReportPeriod period) {
        long from = HubTime.instant(period.from(), LocalTime.MIDNIGHT).toEpochMilli();
        long until =
                HubTime.instant(period.to().plusDays(1), LocalTime.MIDNIGHT).toEpochMilli();
        return entityManager
                .createQuery(
                        "select s from Suggestion s where s.review = :published"
                                + " and ((s.createdAt >= :from and s.createdAt < :until) or (s.answeredAt >= :from and s.answeredAt < :until))"
                                + " order by s.supportCount desc, s.createdAt",
                        Suggestion.class)
                .setParameter("published", Review.PUBLISHED)
                .setParameter("from", from)
                .setParameter("until", until)
                .setMaxResults(Suggestions.MOST)
                .getResultStream()
                .map(idea -> new SuggestionOutcome(
                        idea.getTitle(),
                        idea.getStatus().name().toLowerCase(Locale.ROOT),
                        idea.getSupportCount(),
                        idea.getAnswer()))
                .toList();
    }
}
