package org.mailappliance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged uber jar through bin/appliance with the development configuration and drives it with Python's
 * imaplib (src/test/python/packaged_appliance_test.py): STARTTLS, IMAPS, LOGINDISABLED, the CLI tools, restart.
 */
class PackagedApplianceIT {

    @Test
    void packagedApplianceServesImapAndSurvivesARestart() throws Exception {
        String repo = System.getProperty("appliance.repo");
        String jar = System.getProperty("appliance.uberJar");
        assertThat(new File(jar)).as("the uber jar is built in the package phase").exists();
        Process python = new ProcessBuilder("python3", repo + "/ear/src/test/python/packaged_appliance_test.py",
                "--repo", repo, "--jar", jar)
                .inheritIO()
                .start();
        boolean finished = python.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            python.destroyForcibly();
        }
        assertThat(finished).as("the packaged test finished in time").isTrue();
        assertThat(python.exitValue()).as("packaged_appliance_test.py exit status (its output is above)").isZero();
    }
}
