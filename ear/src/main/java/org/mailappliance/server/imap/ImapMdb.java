package org.mailappliance.server.imap;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.server.Appliance;
import org.mailappliance.server.StartupWait;

/**
 * IMAP commands from the resource adapter's {@code imapd} services (cyrus.conf {@code cmd="imapd"} and
 * {@code "imapd -s"}). The store manages its own JDBC transactions, so no JTA transaction is opened per command.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "mail-connectors"),
    @ActivationConfigProperty(propertyName = "programs", propertyValue = "imapd"),
    @ActivationConfigProperty(propertyName = "framing", propertyValue = "imap"),
    @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "64")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImapMdb implements ProtocolListener {

    @Override
    public void connected(Connection connection) {
        Appliance appliance = Appliance.await(StartupWait.GREETING);
        if (appliance == null) {
            connection.write("* BYE [UNAVAILABLE] Server is starting or unavailable, try again later\r\n");
            connection.close();
            return;
        }
        appliance.engines().imap().connected(connection);
    }

    @Override
    public void received(Connection connection, Frame frame) {
        appliance().engines().imap().received(connection, frame);
    }

    @Override
    public void timedOut(Connection connection) {
        appliance().engines().imap().timedOut(connection);
    }

    @Override
    public void refused(Connection connection, String reason) {
        Appliance appliance = Appliance.now();
        if (appliance != null) {
            appliance.engines().imap().refused(connection, reason);
        } else {
            connection.write("* BYE [UNAVAILABLE] " + reason + "\r\n");
        }
    }

    @Override
    public void disconnected(Connection connection) {
        Appliance appliance = Appliance.now();
        if (appliance != null) {
            appliance.engines().imap().disconnected(connection);
        }
    }

    /** After a successful greeting the store stays up until shutdown. */
    private static Appliance appliance() {
        return Appliance.await(StartupWait.GREETING);
    }
}
