package org.mailappliance.connector.ra;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.mailappliance.connector.api.FrameMode;

/**
 * What one protocol MDB serves. Set through {@code @ActivationConfigProperty}; every property is a String, as the
 * container passes them.
 *
 * <ul>
 *   <li>{@code programs}: comma-separated cyrus.conf program names, such as {@code imapd} or {@code lmtpd}; every
 *       SERVICES entry whose {@code cmd=} runs one of them gets a listener. Required.</li>
 *   <li>{@code framing}: {@code imap}, {@code sieve}, {@code line} or {@code dot}: how the first input of a connection is framed.
 *       Default {@code line}.</li>
 *   <li>{@code maxPoolSize}: the MDB's pool size; the adapter never runs more calls at once. Default 32 (Payara's
 *       default pool).</li>
 *   <li>{@code defaultPort}: TCP port used when no SERVICES entry runs the programs, or its port cannot be
 *       resolved. Optional.</li>
 * </ul>
 */
public class MailActivationSpec implements ActivationSpec {

    static final int DEFAULT_POOL_SIZE = 32;

    private ResourceAdapter resourceAdapter;
    private String programs;
    private String framing = "line";
    private String maxPoolSize = String.valueOf(DEFAULT_POOL_SIZE);
    private String defaultPort;

    public String getPrograms() {
        return programs;
    }

    public void setPrograms(String programs) {
        this.programs = programs;
    }

    public String getFraming() {
        return framing;
    }

    public void setFraming(String framing) {
        this.framing = framing;
    }

    public String getMaxPoolSize() {
        return maxPoolSize;
    }

    public void setMaxPoolSize(String maxPoolSize) {
        this.maxPoolSize = maxPoolSize;
    }

    public String getDefaultPort() {
        return defaultPort;
    }

    public void setDefaultPort(String defaultPort) {
        this.defaultPort = defaultPort;
    }

    @Override
    public void validate() throws InvalidPropertyException {
        if (programList().isEmpty()) {
            throw new InvalidPropertyException("activation property 'programs' is required (e.g. imapd)");
        }
        try {
            frameMode();
        } catch (IllegalArgumentException e) {
            throw new InvalidPropertyException("activation property 'framing' must be imap, sieve, line or dot, not '"
                    + framing + "'");
        }
        try {
            if (poolSize() <= 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new InvalidPropertyException("activation property 'maxPoolSize' must be a positive number, not '"
                    + maxPoolSize + "'");
        }
        try {
            OptionalInt port = port();
            if (port.isPresent() && (port.getAsInt() <= 0 || port.getAsInt() > 65535)) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new InvalidPropertyException("activation property 'defaultPort' must be a TCP port, not '"
                    + defaultPort + "'");
        }
    }

    List<String> programList() {
        if (programs == null) {
            return List.of();
        }
        return Arrays.stream(programs.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    FrameMode frameMode() {
        return FrameMode.valueOf((framing == null ? "line" : framing.trim()).toUpperCase(Locale.ROOT));
    }

    int poolSize() {
        return maxPoolSize == null || maxPoolSize.isBlank() ? DEFAULT_POOL_SIZE : Integer.parseInt(maxPoolSize.trim());
    }

    OptionalInt port() {
        return defaultPort == null || defaultPort.isBlank() ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(defaultPort.trim()));
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter ra) {
        this.resourceAdapter = ra;
    }

    @Override
    public String toString() {
        return "MailActivationSpec[programs=" + programs + ", framing=" + framing + ", maxPoolSize=" + maxPoolSize
                + (defaultPort == null ? "" : ", defaultPort=" + defaultPort) + "]";
    }
}
