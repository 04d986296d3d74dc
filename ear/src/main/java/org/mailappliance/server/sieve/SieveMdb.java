package org.mailappliance.server.sieve;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.server.EngineMdb;
import org.mailappliance.server.ProtocolEngines;

/** ManageSieve commands from the adapter's {@code timsieved} services (cyrus.conf {@code cmd="timsieved"}, Cyrus's
 * port 4190 "sieve"). The store runs its own JDBC transactions: no JTA transaction per command.
 * The listener interface is named here as well as on {@link EngineMdb}: Payara only looks at the bean class itself. */
@MessageDriven(messageListenerInterface = ProtocolListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "mail-connectors"),
    @ActivationConfigProperty(propertyName = "programs", propertyValue = "timsieved"),
    @ActivationConfigProperty(propertyName = "framing", propertyValue = "sieve"),
    @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "16")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SieveMdb extends EngineMdb implements ProtocolListener {

    @Override
    protected ProtocolListener engine(ProtocolEngines engines) {
        return engines.sieve();
    }

    /** RFC 5804 §1.3: BYE with TRYLATER asks the client to come back later. */
    @Override
    protected String unavailable(String reason) {
        return "BYE (TRYLATER) \"" + reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\r\n";
    }
}
