package org.mailappliance.sasl;

/** Guards the end of an exchange: once a mechanism succeeded or failed it takes no more responses. */
abstract class OneShot implements SaslServer {
    private boolean finished;

    @Override
    public final SaslStep evaluate(byte[] response) {
        if (finished) {
            throw new IllegalStateException(mechanism() + " exchange is already over");
        }
        SaslStep step = next(response);
        finished = !(step instanceof SaslStep.Challenge);
        return step;
    }

    /** One step; {@code response} is null only for a missing initial response. */
    abstract SaslStep next(byte[] response);

    static SaslStep.Failure malformed(String why) {
        return SaslStep.failure(SaslStep.Reason.MALFORMED, why);
    }
}
