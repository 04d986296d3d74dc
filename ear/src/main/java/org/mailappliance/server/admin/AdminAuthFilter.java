package org.mailappliance.server.admin;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.logging.Logger;
import org.mailappliance.server.Appliance;

/**
 * Every admin call must come from a loopback address and carry HTTP Basic credentials of a login listed in
 * imapd.conf {@code admins}. The listener is bound to loopback as well; this check holds even if it is not.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AdminAuthFilter.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext ctx) {
        String remote = request.getRemoteAddr();
        if (!isLoopback(remote)) {
            LOG.warning("admin endpoint refused a request from " + remote + ": not a loopback address");
            ctx.abortWith(plain(Response.Status.FORBIDDEN, "the admin endpoint answers loopback clients only"));
            return;
        }
        Appliance appliance = Appliance.now();
        if (appliance == null) {
            ctx.abortWith(plain(Response.Status.SERVICE_UNAVAILABLE, "the mail store is not ready"));
            return;
        }
        BasicCredentials credentials = BasicCredentials.parse(ctx.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials == null) {
            ctx.abortWith(challenge("admin credentials required"));
            return;
        }
        try {
            boolean admin = appliance.conf().getList("admins").contains(credentials.user())
                    && appliance.store().accounts().verify(credentials.user(), credentials.password());
            if (!admin) {
                LOG.warning("admin endpoint: authentication failed for " + credentials.user() + " from " + remote);
                ctx.abortWith(challenge("not an administrator, or wrong password"));
            }
        } finally {
            Arrays.fill(credentials.password(), '\0');
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Response challenge(String why) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"mail appliance admin\", charset=\"UTF-8\"")
                .type(MediaType.TEXT_PLAIN_TYPE).entity(why + "\n").build();
    }

    static Response plain(Response.Status status, String text) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(text + "\n").build();
    }

    /** A decoded HTTP Basic header (RFC 7617, UTF-8). */
    record BasicCredentials(String user, char[] password) {

        static BasicCredentials parse(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return null;
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
        }
    }
}
