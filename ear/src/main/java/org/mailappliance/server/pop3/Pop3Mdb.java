package org.mailappliance.server.pop3;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.server.EngineMdb;
import org.mailappliance.server.ProtocolEngines;

/** POP3 commands from the adapter's {@code pop3d} services (cyrus.conf {@code cmd="pop3d"}, {@code "pop3d -s"}). The store runs its own JDBC transactions: no JTA transaction per command.
 * The listener interface is named here as well as on {@link EngineMdb}: Payara only looks at the bean class itself. */
@MessageDriven(messageListenerInterface = ProtocolListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "mail-connectors"),
    @ActivationConfigProperty(propertyName = "programs", propertyValue = "pop3d"),
    @ActivationConfigProperty(propertyName = "framing", propertyValue = "line"),
    @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "32")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Pop3Mdb extends EngineMdb implements ProtocolListener {

    @Override
    protected ProtocolListener engine(ProtocolEngines engines) {
        return engines.pop3();
    }

    @Override
    protected String unavailable(String reason) {
        return "-ERR [SYS/TEMP] " + reason + "\r\n";
    }
}
