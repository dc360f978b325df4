package community.hub.web.backup;

import community.hub.HubTime;
import community.hub.backup.Backups;
import community.hub.web.health.CannotStart;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The nightly backup, at the hub time {@code HUB_BACKUP_AT} ({@code off}: none). Planned once the hub has started, its
 * settings checked ({@link community.hub.web.setup.HubStartup}).
 */
@Startup
@DependsOn("HubStartup")
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyBackup {

    private static final Logger LOG = Logger.getLogger(NightlyBackup.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private Backups backups;

    @PostConstruct
    void plan() {
        if (!CannotStart.started()) {
            return;
        }
        backups.nightlyAt().ifPresent(time -> {
            ScheduleExpression nightly = new ScheduleExpression()
                    .hour(time.getHour())
                    .minute(time.getMinute())
                    .timezone(HubTime.ZONE.getId());
            timers.createCalendarTimer(nightly, new TimerConfig(null, false));
            LOG.info(() -> "A backup is taken every night at " + time + " into " + backups.folder() + ".");
        });
    }

    @Timeout
    void takeTheNightsBackup() {
        backups.nightly();
    }
}
