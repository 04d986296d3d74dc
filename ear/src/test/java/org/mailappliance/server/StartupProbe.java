package org.mailappliance.server;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered before Arquillian so it starts while Payara Micro boots and deploys: it keeps connecting to the IMAPS
 * listener and, whenever it is greeted, logs in at once. Each attempt must end in a refused connection, a clean
 * {@code * BYE [UNAVAILABLE]}, or a greeting followed by a successful LOGIN: a greeting on a half-ready store
 * (unmigrated database, admin not yet created) would make that LOGIN fail.
 */
public final class StartupProbe implements BeforeAllCallback, AfterAllCallback {

    static final int IMAPS_PORT = 24993;
    static final List<String> OUTCOMES = new CopyOnWriteArrayList<>();
    private static volatile boolean stop;
    private static Thread thread;

    @Override
    public void beforeAll(ExtensionContext context) {
        stop = false;
        thread = new Thread(StartupProbe::probe, "startup-probe");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        stop = true;
        thread.join(60_000);
    }

    /** Waits until the probe has seen a successful login (or gives up after the timeout). */
    static void awaitLogin(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end && !OUTCOMES.contains("login-ok")) {
            Thread.sleep(100);
        }
        stop = true;
    }

    private static void probe() {
        while (!stop) {
            try (ImapTestClient c = ImapTestClient.implicitTls(IMAPS_PORT)) {
                String greeting = c.readLine();
                if (greeting != null && greeting.startsWith("* OK")) {
                    List<String> reply = c.command("p1", "LOGIN admin admin");
                    OUTCOMES.add(reply.get(reply.size() - 1).startsWith("p1 OK") ? "login-ok"
                            : "greeted-but-login-failed: " + reply);
                    return;
                }
                OUTCOMES.add(greeting != null && greeting.startsWith("* BYE [UNAVAILABLE]") ? "unavailable"
                        : "unexpected greeting: " + greeting);
            } catch (IOException notListeningYet) {
                OUTCOMES.add("refused");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
