package org.mailappliance.server.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The loopback admin HTTP endpoint: account provisioning for tests, benchmarks, the CLI tools and the installer.
 * Payara Micro names the context root after the WAR file (and ignores glassfish-web.xml's), so it is /mail/admin.
 */
@ApplicationPath("/admin")
public class AdminApplication extends Application {
}
