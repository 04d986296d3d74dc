package org.mailappliance.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfigLocatorTest {
    private static final Function<String, String> NONE = k -> null;

    @AfterEach
    void clearProperties() {
        System.clearProperty(ConfigLocator.IMAPD_PROPERTY);
        System.clearProperty(ConfigLocator.CYRUS_PROPERTY);
    }

    @Test
    void systemPropertiesChooseTheFiles() {
        System.setProperty("appliance.imapd.conf", "/srv/conf/imapd.conf");
        System.setProperty("appliance.cyrus.conf", "/srv/other/master.conf");
        assertThat(ConfigLocator.imapdConf()).isEqualTo(Path.of("/srv/conf/imapd.conf"));
        assertThat(ConfigLocator.cyrusConf()).isEqualTo(Path.of("/srv/other/master.conf"));
    }

    @Test
    void cyrusConfDefaultsToBesideImapdConf() {
        System.setProperty("appliance.imapd.conf", "/srv/conf/imapd.conf");
        assertThat(ConfigLocator.cyrusConf(System::getProperty, NONE)).isEqualTo(Path.of("/srv/conf/cyrus.conf"));
    }

    @Test
    void propertyBeatsEnvironment() {
        Function<String, String> env = Map.of("IMAPD_CONF", "/env/imapd.conf", "CYRUS_CONF", "/env/cyrus.conf")::get;
        Function<String, String> props = Map.of("appliance.imapd.conf", "/prop/imapd.conf")::get;
        assertThat(ConfigLocator.imapdConf(props, env)).isEqualTo(Path.of("/prop/imapd.conf"));
        assertThat(ConfigLocator.cyrusConf(props, env)).isEqualTo(Path.of("/env/cyrus.conf"));
        assertThat(ConfigLocator.imapdConf(NONE, env)).isEqualTo(Path.of("/env/imapd.conf"));
    }

    @Test
    void environmentImapdConfMovesTheDefaultCyrusConf() {
        Function<String, String> env = Map.of("IMAPD_CONF", "/env/imapd.conf")::get;
        assertThat(ConfigLocator.cyrusConf(NONE, env)).isEqualTo(Path.of("/env/cyrus.conf"));
    }

    @Test
    void blankValuesCountAsUnset() {
        Function<String, String> props = Map.of("appliance.imapd.conf", "  ")::get;
        Function<String, String> env = Map.of("IMAPD_CONF", "")::get;
        assertThat(ConfigLocator.imapdConf(props, env)).isEqualTo(Path.of("/etc/imapd.conf"));
    }

    @Test
    void standardLocationsWhenNothingIsSet() {
        assertThat(ConfigLocator.imapdConf(NONE, NONE)).isEqualTo(Path.of("/etc/imapd.conf"));
        assertThat(ConfigLocator.cyrusConf(NONE, NONE)).isEqualTo(Path.of("/etc/cyrus.conf"));
    }
}
