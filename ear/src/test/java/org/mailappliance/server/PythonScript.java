package org.mailappliance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the Python tests in src/test/python against the packaged uber jar and asserts it passed. */
final class PythonScript {

    private PythonScript() {
    }

    static void run(String script, long timeoutMinutes, String... extraArgs) throws Exception {
        String repo = System.getProperty("appliance.repo");
        String jar = System.getProperty("appliance.uberJar");
        assertThat(new File(jar)).as("the uber jar is built in the package phase").exists();
        List<String> command = new ArrayList<>(List.of("python3", repo + "/ear/src/test/python/" + script,
                "--repo", repo, "--jar", jar));
        command.addAll(List.of(extraArgs));
        Process python = new ProcessBuilder(command).redirectErrorStream(true).start();
        // relay through System.out: writing to the forked JVM's native stdout would corrupt surefire's channel
        Thread relay = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(System.out::println);
            } catch (IOException e) {
                System.out.println("lost the output of " + script + ": " + e);
            }
        }, "python-test-output");
        relay.start();
        boolean finished = python.waitFor(timeoutMinutes, TimeUnit.MINUTES);
        if (!finished) {
            python.destroyForcibly();
        }
        relay.join(10_000);
        assertThat(finished).as(script + " finished in time").isTrue();
        assertThat(python.exitValue()).as(script + " exit status (its output is above)").isZero();
    }
}
