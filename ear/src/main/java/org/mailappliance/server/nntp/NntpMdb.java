package org.mailappliance.server.nntp;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.server.EngineMdb;
import org.mailappliance.server.ProtocolEngines;

/** NNTP commands from the adapter's {@code nntpd} services (cyrus.conf {@code cmd="nntpd"}, {@code "nntpd -s"}). The store runs its own JDBC transactions: no JTA transaction per command.
 * The listener interface is named here as well as on {@link EngineMdb}: Payara only looks at the bean class itself. */
@MessageDriven(messageListenerInterface = ProtocolListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "mail-connectors"),
    @ActivationConfigProperty(propertyName = "programs", propertyValue = "nntpd"),
    @ActivationConfigProperty(propertyName = "framing", propertyValue = "line"),
    @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "32")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NntpMdb extends EngineMdb implements ProtocolListener {

    @Override
    protected ProtocolListener engine(ProtocolEngines engines) {
        return engines.nntp();
    }

    /** RFC 3977 §5.1.1: 400 is "service temporarily unavailable". */
    @Override
    protected String unavailable(String reason) {
        return "400 " + reason + "\r\n";
    }
}
