package org.mailappliance.server.events;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ConfigLocator;
import org.mailappliance.config.CyrusConf;
import org.mailappliance.config.EventEntry;
import org.mailappliance.server.Appliance;

/**
 * cyrus.conf's EVENTS section: one non-persistent EJB timer per entry whose program is built in (cyr_expire);
 * entries naming other programs are logged once as not run. A run that finds the store not ready is skipped, and
 * two runs of one entry never overlap (a slow purge does not pile up).
 */
@Singleton
@Startup
@DependsOn("StoreStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class EventScheduler {
    private static final Logger LOG = Logger.getLogger(EventScheduler.class.getName());
    /** Startup work (migration, recovery) settles before the first periodic run. */
    private static final Duration FIRST_RUN_DELAY = Duration.ofMinutes(1);

    @Resource
    private TimerService timers;

    private final Map<String, BuiltInEvents.Task> tasks = new ConcurrentHashMap<>();
    private final Map<String, Boolean> running = new ConcurrentHashMap<>();

    @PostConstruct
    void schedule() {
        Path file = ConfigLocator.cyrusConf();
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            for (EventEntry e : CyrusConf.load(file).events()) {
                scheduleEntry(e);
            }
        } catch (ConfigException e) {
            LOG.warning("EVENTS not scheduled: " + e.getMessage());
        }
    }

    private void scheduleEntry(EventEntry e) {
        Optional<BuiltInEvents.Task> task;
        ScheduleExpression calendar;
        try {
            task = BuiltInEvents.of(e);
            calendar = EventSchedules.calendar(e);
        } catch (IllegalArgumentException bad) {
            LOG.warning("EVENTS entry '" + e.name() + "' (cyrus.conf line " + e.line() + ") not scheduled: "
                    + bad.getMessage());
            return;
        }
        if (task.isEmpty()) {
            LOG.warning("EVENTS entry '" + e.name() + "': " + String.join(" ", e.cmd())
                    + " is not built into the appliance; it does not run");
            return;
        }
        tasks.put(e.name(), task.get());
        TimerConfig config = new TimerConfig(e.name(), false);
        int period = EventSchedules.periodMinutes(e);
        if (period > 0) {
            timers.createIntervalTimer(FIRST_RUN_DELAY.toMillis(), Duration.ofMinutes(period).toMillis(), config);
        } else if (calendar != null) {
            timers.createCalendarTimer(calendar, config);
        } else {
            timers.createSingleActionTimer(FIRST_RUN_DELAY.toMillis(), config);
        }
        LOG.info(() -> "EVENTS entry '" + e.name() + "' scheduled: " + String.join(" ", e.cmd()));
    }

    @Timeout
    void fire(Timer timer) {
        String name = (String) timer.getInfo();
        BuiltInEvents.Task task = tasks.get(name);
        Appliance appliance = Appliance.now();
        if (task == null || appliance == null || running.putIfAbsent(name, Boolean.TRUE) != null) {
            return;
        }
        try {
            String outcome = task.run(appliance.store());
            LOG.fine(() -> "EVENTS entry '" + name + "' ran: " + outcome);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "EVENTS entry '" + name + "' failed", e);
        } finally {
            running.remove(name);
        }
    }
}
