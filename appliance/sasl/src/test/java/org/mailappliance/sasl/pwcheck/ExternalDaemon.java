package org.mailappliance.sasl.pwcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A real daemon from a Debian package (saslauthd, slapd) run in the foreground for a test. */
final class ExternalDaemon implements AutoCloseable {
    private final Process process;

    private ExternalDaemon(Process process) {
        this.process = process;
    }

    /** Starts {@code command} (logging to {@code log}) and waits until {@code ready} holds. */
    static ExternalDaemon start(List<String> command, Path log, BooleanSupplier ready) throws Exception {
        for (String part : command) {
            if (part.startsWith("/usr/")) {
                assertThat(Path.of(part)).as(part + " is installed (bin/test installs it)").exists();
            }
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ExternalDaemon daemon = new ExternalDaemon(p);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!ready.getAsBoolean()) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                daemon.close();
                throw new AssertionError(command.get(0) + " did not start: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        return daemon;
    }

    /** Runs a helper tool to completion and returns its output; a non-zero exit fails the test. */
    static String run(List<String> command, String stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(command + ": " + out).isZero();
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
