package org.mailappliance.sasl.guard;

import org.mailappliance.config.ImapdConf;

/**
 * What a protocol engine checks around logins: the failed-login throttle (shared by every protocol) and its own
 * session limits.
 */
public record LoginGuard(LoginThrottle throttle, LoginLimits limits) {

    /** The defaults (3 s pause, no session limit), for engines built without a configuration. */
    public static LoginGuard defaults() {
        return new LoginGuard(new LoginThrottle(LoginThrottle.DEFAULT_PAUSE, java.time.Clock.systemUTC()),
                LoginLimits.unlimited());
    }

    /** From imapd.conf, reporting an unusable key in the log and using its default. */
    public static LoginGuard fromConfigOrDefault(ImapdConf conf) {
        LoginLimits limits;
        try {
            limits = LoginLimits.fromConfig(conf);
        } catch (org.mailappliance.config.ConfigException e) {
            java.util.logging.Logger.getLogger(LoginGuard.class.getName()).log(java.util.logging.Level.SEVERE,
                    "maxlogins_per_user/maxlogins_per_host are unusable; no session limit", e);
            limits = LoginLimits.unlimited();
        }
        return new LoginGuard(LoginThrottle.fromConfigOrDefault(conf), limits);
    }
}
