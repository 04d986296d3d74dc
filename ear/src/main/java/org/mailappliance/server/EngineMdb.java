package org.mailappliance.server;

import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.ProtocolListener;

/**
 * What every protocol MDB does: hold a new connection's greeting until the store is ready (or answer with the
 * protocol's temporary failure), then hand each call to the protocol's engine. MDB instances are per call, so the
 * engine is looked up each time instead of being held.
 */
public abstract class EngineMdb implements ProtocolListener {

    /** The protocol's engine among the running appliance's engines. */
    protected abstract ProtocolListener engine(ProtocolEngines engines);

    /** The protocol's temporary-failure line (with CRLF) for a client the appliance cannot serve yet. */
    protected abstract String unavailable(String reason);

    @Override
    public void connected(Connection connection) {
        Appliance appliance = Appliance.await(StartupWait.GREETING);
        if (appliance == null) {
            connection.write(unavailable("Server is starting or unavailable, try again later"));
            connection.close();
            return;
        }
        engine(appliance.engines()).connected(connection);
    }

    @Override
    public void received(Connection connection, Frame frame) {
        running().received(connection, frame);
    }

    @Override
    public void timedOut(Connection connection) {
        running().timedOut(connection);
    }

    @Override
    public void refused(Connection connection, String reason) {
        Appliance appliance = Appliance.now();
        if (appliance != null) {
            engine(appliance.engines()).refused(connection, reason);
        } else {
            connection.write(unavailable(reason));
        }
    }

    @Override
    public void disconnected(Connection connection) {
        Appliance appliance = Appliance.now();
        if (appliance != null) {
            engine(appliance.engines()).disconnected(connection);
        }
    }

    /** After a greeting the store stays up until shutdown. */
    private ProtocolListener running() {
        return engine(Appliance.await(StartupWait.GREETING).engines());
    }
}
