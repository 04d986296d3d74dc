package org.mailappliance.sasl;

/**
 * One server-side SASL exchange (RFC 4422), independent of any protocol's framing: the protocol decodes the
 * client's base64, hands the octets here and encodes the challenge it gets back. Not thread-safe; one per exchange.
 */
public interface SaslServer {

    /** The mechanism name, upper case, such as {@code SCRAM-SHA-256}. */
    String mechanism();

    /**
     * The next client response. The first call carries the initial response: {@code null} when the client sent
     * none (the mechanism then starts with a challenge, possibly empty), an empty array for an empty one. After a
     * {@link SaslStep.Success} or {@link SaslStep.Failure} the exchange is over and further calls fail.
     */
    SaslStep evaluate(byte[] response);
}
