package org.mailappliance.server.lmtp;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.server.EngineMdb;
import org.mailappliance.server.ProtocolEngines;

/** LMTP commands from the adapter's {@code lmtpd} services (TCP and UNIX socket). The store runs its own JDBC transactions: no JTA transaction per command.
 * The listener interface is named here as well as on {@link EngineMdb}: Payara only looks at the bean class itself. */
@MessageDriven(messageListenerInterface = ProtocolListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "mail-connectors"),
    @ActivationConfigProperty(propertyName = "programs", propertyValue = "lmtpd"),
    @ActivationConfigProperty(propertyName = "framing", propertyValue = "line"),
    @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "32")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LmtpMdb extends EngineMdb implements ProtocolListener {

    @Override
    protected ProtocolListener engine(ProtocolEngines engines) {
        return engines.lmtp();
    }

    @Override
    protected String unavailable(String reason) {
        return "421 4.3.2 " + reason + "\r\n";
    }
}
