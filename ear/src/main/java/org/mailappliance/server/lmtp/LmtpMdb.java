package org.mailappliance.server.lmtp;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.server.Appliance;
import org.mailappliance.server.StartupWait;

/** LMTP commands from the adapter's {@code lmtpd} services (TCP and UNIX socket, cyrus.conf {@code cmd="lmtpd"}). */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "mail-connectors"),
    @ActivationConfigProperty(propertyName = "programs", propertyValue = "lmtpd"),
    @ActivationConfigProperty(propertyName = "framing", propertyValue = "line"),
    @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "32")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LmtpMdb implements ProtocolListener {

    @Override
    public void connected(Connection connection) {
        Appliance appliance = Appliance.await(StartupWait.GREETING);
        if (appliance == null) {
            connection.write("421 4.3.2 Server is starting or unavailable, try again later\r\n");
            connection.close();
            return;
        }
        appliance.engines().lmtp().connected(connection);
    }

    @Override
    public void received(Connection connection, Frame frame) {
        Appliance.await(StartupWait.GREETING).engines().lmtp().received(connection, frame);
    }

    @Override
    public void timedOut(Connection connection) {
        Appliance.await(StartupWait.GREETING).engines().lmtp().timedOut(connection);
    }

    @Override
    public void refused(Connection connection, String reason) {
        Appliance appliance = Appliance.now();
        if (appliance != null) {
            appliance.engines().lmtp().refused(connection, reason);
        } else {
            connection.write("421 4.3.2 " + reason + "\r\n");
        }
    }

    @Override
    public void disconnected(Connection connection) {
        Appliance appliance = Appliance.now();
        if (appliance != null) {
            appliance.engines().lmtp().disconnected(connection);
        }
    }
}
