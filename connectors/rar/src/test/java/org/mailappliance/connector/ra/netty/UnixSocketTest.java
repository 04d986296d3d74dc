package org.mailappliance.connector.ra.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.unix.DomainSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnixSocketTest {

    @TempDir
    Path dir;

    @Test
    void servesAUnixSocketReplacingAStaleSocketFile() throws Exception {
        assumeTrue(Epoll.isAvailable(), "epoll transport unavailable");
        Path socket = dir.resolve("run/cyrus/lmtp");
        Files.createDirectories(socket.getParent());
        // a socket file left behind by an earlier process
        try (ServerSocketChannel stale = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            stale.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists();
        EchoListener listener = new EchoListener();
        try (Loopback loopback = new Loopback(dir)) {
            ServiceListener service = loopback.open(
                    loopback.settings("lmtpunix", false).withAddress(new DomainSocketAddress(socket.toString())),
                    listener, 2);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rwxrwxrwx");
            try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                LineClient lines = new LineClient(Channels.newInputStream(client), Channels.newOutputStream(client));
                lines.send("LHLO x\r\n");
                assertThat(lines.line()).isEqualTo("* OK hello");
                assertThat(lines.line()).isEqualTo("ECHO LHLO x");
            }
            service.close();
            assertThat(socket).doesNotExist();
        }
    }
}
