package org.mailappliance.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServicePortsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"imap,143", "imaps,993", "pop3,110", "pop3s,995", "nntp,119", "nntps,563", "lmtp,24",
            "sieve,4190", "mupdate,3905", "csync,2005"})
    void builtInTableCoversTheMailServices(String name, int port) {
        assertThat(ServicePorts.lookup(name, dir.resolve("no-services-file"))).hasValue(port);
    }

    @Test
    void servicesFileWinsAndAliasesCount() {
        Path services = Fixtures.write(dir, "services",
                "# comment line",
                "imap\t\t1143/tcp\timap2   # moved for this test",
                "imap\t\t1143/udp",
                "weird\t\tnotaport/tcp",
                "submission\t587/tcp\t\tmsa",
                "onlyudp\t\t999/udp");
        assertThat(ServicePorts.lookup("imap", services)).hasValue(1143);
        assertThat(ServicePorts.lookup("imap2", services)).hasValue(1143);
        assertThat(ServicePorts.lookup("msa", services)).hasValue(587);
        assertThat(ServicePorts.lookup("onlyudp", services)).isEmpty();
        assertThat(ServicePorts.lookup("weird", services)).isEmpty();
        assertThat(ServicePorts.lookup("sieve", services)).as("falls back to the built-in table").hasValue(4190);
        assertThat(ServicePorts.lookup("tcp", services)).as("a protocol is not a name").isEmpty();
    }

    @Test
    void unknownNamesAreEmpty() {
        assertThat(ServicePorts.lookup("no-such-service-xyz")).isEqualTo(OptionalInt.empty());
    }

    @Test
    void systemLookupFindsImap() {
        assertThat(ServicePorts.lookup("imap")).hasValue(143);
    }
}
