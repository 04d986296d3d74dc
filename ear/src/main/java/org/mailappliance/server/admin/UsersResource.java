package org.mailappliance.server.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.logging.Logger;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.mailbox.MailboxNames;
import org.mailappliance.server.Appliance;
import org.mailappliance.server.Passwords;

/**
 * Accounts and users. A login (password) and a user (INBOX {@code user.<name>}) are separate things as in Cyrus:
 * saslpasswd2 manages the first, {@code cyradm cm user.<name>} the second.
 */
@Path("users/{login}")
public class UsersResource {

    private static final Logger LOG = Logger.getLogger(UsersResource.class.getName());

    @PUT
    @Path("password")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response setPassword(@PathParam("login") String login, String password) {
        if (password == null || password.isEmpty()) {
            return AdminAuthFilter.plain(Response.Status.BAD_REQUEST, "empty password");
        }
        char[] secret = password.toCharArray();
        try {
            Passwords.set(Appliance.now().conf(), store(), login, secret);
        } catch (IllegalArgumentException badLogin) {
            return AdminAuthFilter.plain(Response.Status.BAD_REQUEST, badLogin.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
        }
        LOG.info("admin: password set for " + login);
        return Response.noContent().build();
    }

    @DELETE
    @Path("password")
    public Response deleteLogin(@PathParam("login") String login) {
        if (!store().accounts().delete(login)) {
            return AdminAuthFilter.plain(Response.Status.NOT_FOUND, "no such login: " + login);
        }
        LOG.info("admin: login deleted: " + login);
        return Response.noContent().build();
    }

    @POST
    public Response createUser(@PathParam("login") String login) {
        try {
            store().mailboxes().createUser(login);
        } catch (IllegalArgumentException badName) {
            return AdminAuthFilter.plain(Response.Status.BAD_REQUEST, badName.getMessage());
        } catch (org.mailappliance.mailstore.mailbox.MailboxExistsException exists) {
            return AdminAuthFilter.plain(Response.Status.CONFLICT, "user already exists: " + login);
        }
        LOG.info("admin: user created: " + login);
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response describe(@PathParam("login") String login) {
        MailStore store = store();
        boolean hasLogin = store.accounts().exists(login);
        boolean hasInbox;
        try {
            hasInbox = store.mailboxes().exists(MailboxNames.userInbox(login));
        } catch (IllegalArgumentException badName) {
            return AdminAuthFilter.plain(Response.Status.BAD_REQUEST, badName.getMessage());
        }
        if (!hasLogin && !hasInbox) {
            return AdminAuthFilter.plain(Response.Status.NOT_FOUND, "no such login or user: " + login);
        }
        return Response.ok("{\"login\":" + hasLogin + ",\"inbox\":" + hasInbox + "}").build();
    }

    private static MailStore store() {
        return Appliance.now().store();
    }
}
