package org.mailappliance.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;

/** What every protocol says about this server in its greeting: the name Cyrus defaults to and our version. */
public final class Product {

    private static final String VERSION = readVersion();

    private Product() {
    }

    /** The build's version, filtered into a resource at build time. */
    public static String version() {
        return VERSION;
    }

    /** {@code servername}, defaulting to the host name as Cyrus's gethostname() does. */
    public static String serverName(ImapdConf conf) {
        return conf.getString("servername", localHostName());
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = Product.class.getResourceAsStream("/org/mailappliance/config/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
