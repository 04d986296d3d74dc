package org.mailappliance.server.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.mailbox.MailboxExistsException;
import org.mailappliance.server.Appliance;

/**
 * Creates a shared mailbox with its ACL, as an admin does with cyradm's {@code cm} and {@code sam} (NNTP groups are
 * shared mailboxes under {@code newsprefix}). The body holds one {@code identifier rights} pair per line, such as
 * {@code anyone lrp}; each replaces that identifier's rights, {@code none} removes the entry. The mailbox starts
 * with {@code defaultacl} like any mailbox created without an ancestor.
 */
@Path("mailboxes/{name}")
public class SharedMailboxesResource {

    private static final Logger LOG = Logger.getLogger(SharedMailboxesResource.class.getName());

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    public Response create(@PathParam("name") String name, String acl) {
        if (name.startsWith("user.")) {
            return AdminAuthFilter.plain(Response.Status.BAD_REQUEST, "personal mailboxes are created with users/");
        }
        MailStore store = Appliance.now().store();
        try {
            store.mailboxes().create(name, null, null, Identity.SYSTEM);
            for (String line : (acl == null ? "" : acl).split("\\R")) {
                String[] pair = line.strip().split("\\s+");
                if (pair.length == 2 && pair[1].equalsIgnoreCase("none")) {
                    // as cyradm's "sam mailbox id none": drop the entry (such as defaultacl's anyone)
                    store.mailboxes().deleteAcl(name, pair[0], Identity.SYSTEM);
                } else if (pair.length == 2) {
                    store.mailboxes().setAcl(name, pair[0], pair[1], Identity.SYSTEM);
                } else if (!line.isBlank()) {
                    return AdminAuthFilter.plain(Response.Status.BAD_REQUEST, "expected 'identifier rights': "
                            + line);
                }
            }
        } catch (MailboxExistsException e) {
            return AdminAuthFilter.plain(Response.Status.CONFLICT, "mailbox exists: " + name);
        } catch (IllegalArgumentException e) { // BadMailboxNameException, InvalidRightsException
            return AdminAuthFilter.plain(Response.Status.BAD_REQUEST, e.getMessage());
        }
        LOG.info("admin: shared mailbox created: " + name);
        return Response.status(Response.Status.CREATED).build();
    }
}
