package org.mailappliance.server.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.message.MessageRecord;
import org.mailappliance.server.Appliance;

/**
 * What a mailbox holds according to the index, with each message's file: an operator's view like Cyrus's
 * {@code mbexamine}, and what the crash test compares with the files on disk.
 */
@Path("mailboxes/{name}/messages")
public class MailboxesResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response messages(@PathParam("name") String name) {
        MailStore store = Appliance.now().store();
        if (!store.mailboxes().exists(name)) {
            return AdminAuthFilter.plain(Response.Status.NOT_FOUND, "no such mailbox: " + name);
        }
        List<MessageRecord> records = store.messages().records(name, 1, Long.MAX_VALUE);
        StringBuilder json = new StringBuilder("[");
        for (MessageRecord r : records) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"uid\":").append(r.uid())
                    .append(",\"size\":").append(r.size())
                    .append(",\"guid\":\"").append(r.guid()).append('"')
                    .append(",\"file\":\"").append(jsonEscape(store.messages().openMessage(name, r.uid()).toString()))
                    .append("\"}");
        }
        return Response.ok(json.append(']').toString()).build();
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
