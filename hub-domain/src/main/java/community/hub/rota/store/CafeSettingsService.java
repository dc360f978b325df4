package community.hub.rota.store;

import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import community.hub.rota.CafeSettings;
import community.hub.rota.EventShifts;
import community.hub.rota.RegularShift;
import community.hub.rota.RotaRules;
import community.hub.rota.ShiftPattern;
import community.hub.rota.SupportRatio;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;

/**
 * The café's usual week and its settings, as staff change them: the weekly pattern new weeks are made from, how many
 * members who need a job coach one job coach supports, and the places an event in the café room gets. The rules
 * ({@link ShiftPattern}, {@link SupportRatio}, {@link EventShifts}) refuse nonsense; this keeps what they accept.
 */
@ApplicationScoped
@Transactional
public class CafeSettingsService {

    @Inject
    private ChangeLog changes;

    @PersistenceContext
    private EntityManager entityManager;

    /** The café's usual week, Monday first. */
    public List<RegularShift> pattern() {
        return new ShiftPattern(
                        entityManager.createNamedQuery("PatternShift.all", PatternShift.class).getResultList().stream()
                                .map(PatternShift::toRegularShift)
                                .toList())
                .getRegularShifts();
    }

    /** A new usual week, for weeks not made yet; weeks already made keep their shifts. */
    public List<RegularShift> replacePattern(@NotNull Collection<RegularShift> regularShifts) {
        ShiftPattern pattern = new ShiftPattern(regularShifts);
        holdSettings();
        entityManager
                .createNamedQuery("PatternShift.all", PatternShift.class)
                .getResultList()
                .forEach(entityManager::remove);
        entityManager.flush();
        pattern.getRegularShifts().forEach(shift -> entityManager.persist(new PatternShift(shift)));
        changes.record(ChangedThing.CAFE_SETTINGS, Change.CHANGED, null, null, "usual week of shifts");
        return pattern.getRegularShifts();
    }

    public SupportRatio supportRatio() {
        return settings().supportRatio();
    }

    /** How many members who need a job coach one job coach can support, from the next change to any week on. */
    public SupportRatio changeSupportRatio(int membersPerJobCoach) {
        SupportRatio ratio = new SupportRatio(membersPerJobCoach);
        holdSettings().changeSupportRatio(ratio);
        changes.record(ChangedThing.CAFE_SETTINGS, Change.CHANGED, null, null, "support ratio");
        return ratio;
    }

    /** The support ratio and the places an event in the café room gets, as staff change them. */
    public CafeSettings cafeSettings() {
        RotaSettings settings = settings();
        return new CafeSettings(settings.supportRatio(), settings.eventShifts());
    }

    /**
     * New settings for the café: the support ratio counts from the next change to any week on (weeks already filled
     * keep their places); the places for events count for events booked from now on.
     */
    public CafeSettings changeSettings(@NotNull(message = "{request.body.required}") @Valid CafeSettings changed) {
        SupportRatio ratio = changed.supportRatio();
        EventShifts events = changed.eventShifts();
        RotaSettings settings = holdSettings();
        settings.changeSupportRatio(ratio);
        settings.changeEventShifts(events);
        changes.record(ChangedThing.CAFE_SETTINGS, Change.CHANGED, null, null, "support ratio and places for events");
        return new CafeSettings(ratio, events);
    }

    /** The rules every change to a week is checked by, with the support ratio as it stands. */
    public RotaRules rules() {
        return new RotaRules(supportRatio());
    }

    /** The places an event in the café room gets. */
    public EventShifts eventShifts() {
        return settings().eventShifts();
    }

    /**
     * Locks the settings row until the transaction ends: the pattern, the settings and the making of weeks take turns
     * on it, so two requests never make the same week twice.
     */
    public RotaSettings holdSettings() {
        return entityManager.find(RotaSettings.class, RotaSettings.ONLY_ROW, LockModeType.PESSIMISTIC_WRITE);
    }

    private RotaSettings settings() {
        return entityManager.find(RotaSettings.class, RotaSettings.ONLY_ROW);
    }
}
