package org.mailappliance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
                .redirectErrorStream(true)
                .start();
        // relay through System.out: writing to the forked JVM's native stdout would corrupt surefire's channel
        Thread relay = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(System.out::println);
            } catch (IOException e) {
                System.out.println("lost the packaged test's output: " + e);
            }
        }, "packaged-test-output");
        relay.start();
        boolean finished = python.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            python.destroyForcibly();
        }
        relay.join(10_000);
        assertThat(finished).as("the packaged test finished in time").isTrue();
        assertThat(python.exitValue()).as("packaged_appliance_test.py exit status (its output is above)").isZero();
    }
}
