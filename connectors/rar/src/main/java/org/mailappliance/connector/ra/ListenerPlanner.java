package org.mailappliance.connector.ra;

import io.netty.channel.unix.DomainSocketAddress;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.CyrusConf;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.config.Listen;
import org.mailappliance.config.ServiceEntry;
import org.mailappliance.connector.ra.framing.FramingLimits;
import org.mailappliance.connector.ra.framing.LiteralSpool;
import org.mailappliance.connector.ra.netty.ServiceSettings;
import org.mailappliance.connector.ra.tls.ServerTlsContexts;

/** Works out which sockets an MDB activation listens on, and how, from cyrus.conf SERVICES and imapd.conf. */
final class ListenerPlanner {

    private static final Logger LOG = Logger.getLogger(ListenerPlanner.class.getName());

    private final ImapdConf imapd;
    private final CyrusConf cyrus;
    private final Path cyrusFile;

    ListenerPlanner(ImapdConf imapd, CyrusConf cyrus, Path cyrusFile) {
        this.imapd = imapd;
        this.cyrus = cyrus;
        this.cyrusFile = cyrusFile;
    }

    List<ServiceSettings> plan(MailActivationSpec spec) throws ConfigException, IOException {
        List<String> programs = spec.programList();
        List<ServiceSettings> services = new ArrayList<>();
        for (ServiceEntry entry : cyrus.services()) {
            if (programs.contains(entry.program())) {
                services.add(settings(entry.name(), entry.cmd(), address(entry, spec.port()), entry.hasFlag("-s"),
                        entry.maxchild(), spec));
            }
        }
        if (services.isEmpty() && spec.port().isPresent()) {
            String program = programs.get(0);
            LOG.info(() -> "no SERVICES entry in " + cyrusFile + " runs " + programs + ": using defaultPort "
                    + spec.port().getAsInt());
            services.add(settings(program, List.of(program), new InetSocketAddress(spec.port().getAsInt()), false, 0,
                    spec));
        } else if (services.isEmpty()) {
            LOG.warning(() -> "no SERVICES entry in " + cyrusFile + " runs " + programs + ": nothing to listen on");
        }
        return services;
    }

    private ServiceSettings settings(String name, List<String> command, SocketAddress address, boolean implicitTls,
                                     int maxChild, MailActivationSpec spec) throws ConfigException, IOException {
        ImapdConf conf = imapd.forService(name);
        SslContext tls = tls(name, conf, implicitTls);
        return new ServiceSettings(name, command, address, implicitTls, tls, maxChild,
                (int) conf.getInt("maxconnections_per_host", 0), framing(conf), spec.frameMode(),
                ServiceSettings.DEFAULT_IDLE_TIMEOUT, ServiceSettings.DEFAULT_WRITE_TIMEOUT);
    }

    /** Limits from imapd.conf (service prefix first): maxline, maxliteral (else maxmessagesize), temp_path. */
    static FramingLimits framing(ImapdConf conf) throws ConfigException {
        long maxLine = conf.getBytes("maxline", FramingLimits.DEFAULT_MAX_LINE, 1);
        long maxMessage = conf.getBytes("maxmessagesize", 0, 1);
        long maxLiteral = conf.getBytes("maxliteral",
                maxMessage > 0 ? maxMessage : FramingLimits.DEFAULT_MAX_LITERAL, 1);
        String temp = conf.getString("temp_path", null);
        Path spool = temp == null || temp.isBlank() ? conf.configDirectory().resolve("tmp") : Path.of(temp);
        return new FramingLimits((int) Math.min(Integer.MAX_VALUE - 2, Math.max(1, maxLine)), maxLiteral,
                conf.getBoolean("literalminus", false), FramingLimits.DEFAULT_MEMORY_LIMIT, new LiteralSpool(spool));
    }

    /**
     * Implicit-TLS services must have TLS; for the others it only enables STARTTLS, so a failure is a warning.
     * {@code tls_server_cert: disabled} turns TLS off (no self-signed certificate either).
     */
    private static SslContext tls(String name, ImapdConf conf, boolean required) throws ConfigException, IOException {
        if ("disabled".equalsIgnoreCase(conf.getString("tls_server_cert", "").trim())) {
            if (required) {
                throw new ConfigException("service " + name + " uses implicit TLS (-s) but tls_server_cert is disabled");
            }
            return null;
        }
        try {
            return ServerTlsContexts.forService(conf);
        } catch (ConfigException | IOException e) {
            if (required) {
                throw e;
            }
            LOG.warning(() -> "service " + name + ": STARTTLS unavailable: " + e.getMessage());
            return null;
        }
    }

    private SocketAddress address(ServiceEntry entry, OptionalInt defaultPort) throws ConfigException {
        Listen listen = entry.listen();
        if (listen.unix()) {
            // relative socket paths are relative to the working directory, as for Cyrus's master
            return new DomainSocketAddress(listen.unixPath().toAbsolutePath().toString());
        }
        int port = listen.port() > 0 ? listen.port() : defaultPort.orElse(0);
        if (port <= 0) {
            throw new ConfigException(cyrusFile, entry.line(), "service " + entry.name()
                    + ": cannot resolve the port of listen=\"" + listen + "\"");
        }
        String host = listen.host();
        if (host == null || host.isEmpty() || host.equals("*")) {
            return new InetSocketAddress(port);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new InetSocketAddress(host, port);
    }
}
