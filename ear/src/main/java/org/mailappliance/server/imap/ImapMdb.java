package org.mailappliance.server.imap;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.server.EngineMdb;
import org.mailappliance.server.ProtocolEngines;

/** IMAP commands from the adapter's {@code imapd} services (cyrus.conf {@code cmd="imapd"}, {@code "imapd -s"}). The store runs its own JDBC transactions: no JTA transaction per command.
 * The listener interface is named here as well as on {@link EngineMdb}: Payara only looks at the bean class itself. */
@MessageDriven(messageListenerInterface = ProtocolListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "mail-connectors"),
    @ActivationConfigProperty(propertyName = "programs", propertyValue = "imapd"),
    @ActivationConfigProperty(propertyName = "framing", propertyValue = "imap"),
    @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "64")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImapMdb extends EngineMdb implements ProtocolListener {

    @Override
    protected ProtocolListener engine(ProtocolEngines engines) {
        return engines.imap();
    }

    @Override
    protected String unavailable(String reason) {
        return "* BYE [UNAVAILABLE] " + reason + "\r\n";
    }
}
