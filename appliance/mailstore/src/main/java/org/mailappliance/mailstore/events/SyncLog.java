package org.mailappliance.mailstore.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

/**
 * Cyrus's sync_log writer: every change becomes one or more lines in the {@code log} file of every channel of
 * {@code sync_log_channels}, when {@code sync_log: yes}. The default channel ({@code ""}) writes
 * {@code <configdirectory>/sync/log}, a named one {@code <configdirectory>/sync/<channel>/log}.
 *
 * <p>Like Cyrus, a failure to write is logged and swallowed: the change it describes is already committed, and
 * replication heals missed lines on its next full sync of the object.
 */
public final class SyncLog {
    /** How {@code sync_log_channels} spells the default channel. */
    public static final String DEFAULT_CHANNEL = "";
    private static final Logger LOG = Logger.getLogger(SyncLog.class.getName());

    private final Map<String, SyncLogFile> channels;

    private SyncLog(Map<String, SyncLogFile> channels) {
        this.channels = channels;
    }

    /**
     * The sync_log {@code imapd.conf} asks for: {@code sync_log} (default off) and {@code sync_log_channels}
     * (default: only the default channel; the token {@code ""} in the list is the default channel).
     */
    public static SyncLog from(ImapdConf conf) throws ConfigException {
        if (!conf.getBoolean("sync_log", false)) {
            return disabled();
        }
        List<String> configured = conf.getList("sync_log_channels");
        List<String> names = new ArrayList<>();
        if (configured.isEmpty()) {
            names.add(DEFAULT_CHANNEL);
        } else {
            for (String name : configured) {
                names.add(name.equals("\"\"") ? DEFAULT_CHANNEL : name);
            }
        }
        return of(conf.configDirectory(), names);
    }

    /** Logs to these channels under {@code configDirectory}. */
    public static SyncLog of(Path configDirectory, List<String> channelNames) {
        Map<String, SyncLogFile> channels = new LinkedHashMap<>();
        for (String name : channelNames) {
            channels.putIfAbsent(name, new SyncLogFile(channelDirectory(configDirectory, name)));
        }
        return new SyncLog(Map.copyOf(channels));
    }

    /** Writes nothing ({@code sync_log: no}). */
    public static SyncLog disabled() {
        return new SyncLog(Map.of());
    }

    /** {@code <configdirectory>/sync} for the default channel, {@code <configdirectory>/sync/<channel>} otherwise. */
    public static Path channelDirectory(Path configDirectory, String channel) {
        if (channel.contains("/") || channel.equals(".") || channel.equals("..")) {
            throw new IllegalArgumentException("not a valid sync_log channel name: '" + channel + "'");
        }
        Path sync = configDirectory.resolve("sync");
        return channel.isEmpty() ? sync : sync.resolve(channel);
    }

    public boolean enabled() {
        return !channels.isEmpty();
    }

    /** The channel names logged to ({@code ""} for the default one). */
    public List<String> channels() {
        return List.copyOf(channels.keySet());
    }

    /** The {@code log} file of a channel this writer logs to. */
    public Path logFile(String channel) {
        SyncLogFile file = channels.get(channel);
        if (file == null) {
            throw new IllegalArgumentException("not a sync_log channel of this store: '" + channel + "'");
        }
        return file.file();
    }

    public void append(ChangeEvent event) {
        appendAll(List.of(event));
    }

    /** Writes the lines of all events to every channel, one locked write per channel. */
    public void appendAll(List<? extends ChangeEvent> events) {
        if (channels.isEmpty() || events.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (ChangeEvent event : events) {
            for (SyncLogLine line : SyncLogMapping.linesFor(event)) {
                try {
                    text.append(line.format()).append('\n');
                } catch (IllegalArgumentException e) {
                    LOG.log(Level.SEVERE, "sync_log: cannot log " + event + ": " + e.getMessage());
                }
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, SyncLogFile> channel : channels.entrySet()) {
            try {
                channel.getValue().append(bytes);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "sync_log(): unable to write to log file " + channel.getValue().file() + ": " + e, e);
            }
        }
    }
}
