package org.mailappliance.imap.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

/** The settings of each cyrus.conf service (imap, imaps, ...), which may override imapd.conf keys as {@code <service>_key}. */
@FunctionalInterface
public interface SettingsSource {

    ImapSettings forService(String service) throws ConfigException;

    /** Reads each service's settings from imapd.conf once and keeps them. */
    static SettingsSource cached(ImapdConf conf) {
        Map<String, ImapSettings> cache = new ConcurrentHashMap<>();
        return service -> {
            ImapSettings s = cache.get(service);
            if (s == null) {
                s = ImapSettings.from(conf.forService(service));
                cache.putIfAbsent(service, s);
            }
            return s;
        };
    }
}
