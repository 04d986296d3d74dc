package org.mailappliance.sasl;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mailappliance.sasl.pwcheck.PwcheckMethods;
import java.util.logging.Logger;
import org.mailappliance.config.ImapdConf;

/**
 * The mechanisms this server runs, restricted by {@code sasl_mech_list}, and which of them to advertise on a given
 * link. Immutable and thread-safe; {@link #start} makes a fresh {@link SaslServer} per exchange. CRAM-MD5 runs only
 * when {@code sasl_mech_list} names it (it needs a password-equivalent secret, kept only then); DIGEST-MD5 is
 * absent (obsolete, RFC 6331).
 */
public final class Mechanisms {
    private static final Logger LOG = Logger.getLogger(Mechanisms.class.getName());

    /** What runs when {@code sasl_mech_list} is unset. EXTERNAL is only ever advertised with a client certificate. */
    public static final List<String> DEFAULT = List.of("PLAIN", "LOGIN", "SCRAM-SHA-1", "SCRAM-SHA-256", "EXTERNAL");
    /** Every mechanism implemented here. */
    public static final Set<String> IMPLEMENTED = Set.of("PLAIN", "LOGIN", "SCRAM-SHA-1", "SCRAM-SHA-256", "EXTERNAL",
            CramMd5Mechanism.NAME);
    /** Mechanisms that put the password on the wire. */
    private static final Set<String> PLAINTEXT = Set.of(PlainMechanism.NAME, LoginMechanism.NAME);
    /** Iterations announced for unknown users: the mail store's default for new verifiers. */
    public static final int DEFAULT_FAKE_ITERATIONS = 4096;

    private final List<String> enabled;
    private final CredentialStore store;
    private final FakeScramCredentials fakes;
    private final NonceSource nonces;
    private final String serverName;

    /**
     * @param enabled        mechanism names in advertising order; unknown ones are skipped (with a log line)
     * @param fakeSaltSecret at least 16 octets; keep it stable across restarts if salts of unknown users should be
     * @param fakeIterations iteration count announced for unknown users
     */
    public Mechanisms(List<String> enabled, CredentialStore store, byte[] fakeSaltSecret, int fakeIterations,
                      NonceSource nonces) {
        this(enabled, store, fakeSaltSecret, fakeIterations, nonces, "localhost");
    }

    /** @param serverName the host name in CRAM-MD5 challenges ({@code servername}) */
    public Mechanisms(List<String> enabled, CredentialStore store, byte[] fakeSaltSecret, int fakeIterations,
                      NonceSource nonces, String serverName) {
        List<String> known = new ArrayList<>();
        for (String name : enabled) {
            String upper = name.toUpperCase(Locale.ROOT);
            if (!IMPLEMENTED.contains(upper)) {
                LOG.warning(() -> "sasl_mech_list: mechanism " + upper + " is not supported here; skipped");
            } else if (!known.contains(upper)) {
                known.add(upper);
            }
        }
        this.enabled = List.copyOf(known);
        this.store = store;
        this.fakes = new FakeScramCredentials(fakeSaltSecret, fakeIterations);
        this.nonces = nonces;
        this.serverName = serverName;
    }

    /** From imapd.conf ({@code sasl_mech_list}), with a random fake-salt secret and secure nonces. */
    public static Mechanisms fromConfig(ImapdConf conf, CredentialStore store) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return fromConfig(conf, store, secret, NonceSource.secure());
    }

    public static Mechanisms fromConfig(ImapdConf conf, CredentialStore store, byte[] fakeSaltSecret,
                                        NonceSource nonces) {
        List<String> list = new ArrayList<>(conf.getList("sasl_mech_list"));
        if (list.isEmpty()) {
            list.addAll(DEFAULT);
        }
        if (!PwcheckMethods.usesInternalStore(conf)) {
            // saslauthd and LDAP only check plaintext passwords: SCRAM and CRAM-MD5 need secrets only the store keeps
            list.removeIf(m -> m.toUpperCase(Locale.ROOT).startsWith("SCRAM-")
                    || m.equalsIgnoreCase(CramMd5Mechanism.NAME));
        }
        return new Mechanisms(list, store, fakeSaltSecret, DEFAULT_FAKE_ITERATIONS, nonces,
                conf.getString("servername", "localhost"));
    }

    /** The enabled mechanisms, upper case, in configured order. */
    public List<String> enabled() {
        return enabled;
    }

    /** Whether {@code sasl_mech_list} enables CRAM-MD5, so password changes must keep its secret. */
    public static boolean cramMd5Enabled(ImapdConf conf) {
        return conf.getList("sasl_mech_list").stream().anyMatch(m -> m.equalsIgnoreCase(CramMd5Mechanism.NAME));
    }

    /** Whether the mechanism sends the password itself (PLAIN, LOGIN). */
    public static boolean sendsPlaintext(String mechanism) {
        return PLAINTEXT.contains(mechanism.toUpperCase(Locale.ROOT));
    }

    /**
     * What to advertise on a link.
     *
     * @param secure            TLS is in force
     * @param allowPlaintext    {@code allowplaintext}: plaintext mechanisms also on a clear link
     * @param clientCertificate a verified client certificate identified the user (EXTERNAL)
     */
    public List<String> advertised(boolean secure, boolean allowPlaintext, boolean clientCertificate) {
        List<String> out = new ArrayList<>();
        for (String m : enabled) {
            if (sendsPlaintext(m) && !secure && !allowPlaintext) {
                continue;
            }
            if (m.equals(ExternalMechanism.NAME) && !clientCertificate) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * A new exchange, or empty for a mechanism that is not enabled. The caller checks the link rules (see
     * {@link #advertised}) before starting one.
     *
     * @param certificateIdentity the user named by a verified TLS client certificate, for EXTERNAL
     */
    public Optional<SaslServer> start(String mechanism, Optional<String> certificateIdentity) {
        String name = mechanism.toUpperCase(Locale.ROOT);
        if (!enabled.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(switch (name) {
            case PlainMechanism.NAME -> new PlainMechanism(store);
            case LoginMechanism.NAME -> new LoginMechanism(store);
            case ExternalMechanism.NAME -> new ExternalMechanism(store, certificateIdentity);
            case CramMd5Mechanism.NAME -> new CramMd5Mechanism(store, serverName);
            default -> new ScramMechanism(ScramAlgorithm.forMechanism(name).orElseThrow(), store, fakes, nonces);
        });
    }
}
