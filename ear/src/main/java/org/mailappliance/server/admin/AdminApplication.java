package org.mailappliance.server.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The loopback admin HTTP endpoint: account provisioning for tests, benchmarks, the CLI tools and the installer. */
@ApplicationPath("/admin")
public class AdminApplication extends Application {
}
