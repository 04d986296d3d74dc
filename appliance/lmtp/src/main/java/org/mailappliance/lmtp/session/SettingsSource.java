package org.mailappliance.lmtp.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

/** The settings of each cyrus.conf service (lmtp, lmtpunix, ...), which may override keys as {@code <service>_key}. */
@FunctionalInterface
public interface SettingsSource {

    LmtpSettings forService(String service) throws ConfigException;

    /** Reads each service's settings from imapd.conf once and keeps them. */
    static SettingsSource cached(ImapdConf conf) {
        Map<String, LmtpSettings> cache = new ConcurrentHashMap<>();
        return service -> {
            LmtpSettings s = cache.get(service);
            if (s == null) {
                s = LmtpSettings.from(conf.forService(service));
                cache.putIfAbsent(service, s);
            }
            return s;
        };
    }
}
