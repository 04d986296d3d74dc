package org.mailappliance.connector.ra.tls;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ApplicationProtocolNegotiator;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSessionContext;

/**
 * A server TLS context that picks up a renewed certificate without a restart (certbot and friends replace the PEM
 * files in place): at most every {@code checkEvery}, a new TLS session looks at the files' modification times and,
 * when they changed, builds a fresh context. A renewal that does not load (a half-written file, a key that does not
 * match) is logged and the previous context stays in use. Connections already running keep their session.
 */
public final class ReloadingSslContext extends SslContext {
    private static final Logger LOG = Logger.getLogger(ReloadingSslContext.class.getName());
    public static final Duration DEFAULT_CHECK = Duration.ofSeconds(10);

    /** Builds a context from the current files. */
    @FunctionalInterface
    public interface Builder {
        SslContext build() throws IOException;
    }

    private final Builder builder;
    private final CertificateFiles files;
    private final long checkEveryNanos;
    private volatile SslContext current;
    private volatile long nextCheck;
    private FileTime certTime;
    private FileTime keyTime;

    public ReloadingSslContext(Builder builder, CertificateFiles files, Duration checkEvery) throws IOException {
        this.builder = builder;
        this.files = files;
        this.checkEveryNanos = checkEvery.toNanos();
        this.certTime = modified(files.certificate());
        this.keyTime = modified(files.privateKey());
        this.current = builder.build();
        this.nextCheck = System.nanoTime() + checkEveryNanos;
    }

    /** The context new TLS sessions use, reloaded first when the files changed. */
    SslContext current() {
        if (System.nanoTime() - nextCheck >= 0) {
            reloadIfChanged();
        }
        return current;
    }

    private synchronized void reloadIfChanged() {
        if (System.nanoTime() - nextCheck < 0) {
            return;
        }
        nextCheck = System.nanoTime() + checkEveryNanos;
        try {
            FileTime cert = modified(files.certificate());
            FileTime key = modified(files.privateKey());
            if (cert.equals(certTime) && key.equals(keyTime)) {
                return;
            }
            SslContext fresh = builder.build();
            certTime = cert;
            keyTime = key;
            current = fresh;
            LOG.info(() -> "TLS certificate " + files.certificate() + " reloaded");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "TLS certificate " + files.certificate() + " changed but cannot be loaded; "
                    + "still using the previous one", e);
        }
    }

    private static FileTime modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file);
    }

    @Override
    public boolean isClient() {
        return false;
    }

    @Override
    public List<String> cipherSuites() {
        return current().cipherSuites();
    }

    @Override
    @SuppressWarnings("deprecation")
    public ApplicationProtocolNegotiator applicationProtocolNegotiator() {
        return current().applicationProtocolNegotiator();
    }

    @Override
    public SSLEngine newEngine(ByteBufAllocator alloc) {
        return current().newEngine(alloc);
    }

    @Override
    public SSLEngine newEngine(ByteBufAllocator alloc, String peerHost, int peerPort) {
        return current().newEngine(alloc, peerHost, peerPort);
    }

    @Override
    public SSLSessionContext sessionContext() {
        return current().sessionContext();
    }
}
