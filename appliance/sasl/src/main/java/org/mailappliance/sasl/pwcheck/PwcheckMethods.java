package org.mailappliance.sasl.pwcheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.sasl.PasswordCheck;

/**
 * {@code sasl_pwcheck_method}: which back ends check plaintext passwords, tried in the order listed, as libsasl
 * does. {@code auxprop} (the default) is the internal accounts store; {@code saslauthd} asks the daemon at
 * {@code sasl_saslauthd_path}; {@code ldap} binds to the directory of the {@code ldap_*} keys directly (what
 * saslauthd {@code -a ldap} would do, without running saslauthd).
 */
public final class PwcheckMethods implements PasswordVerifier {
    public static final String AUXPROP = "auxprop";
    public static final String SASLAUTHD = "saslauthd";
    public static final String LDAP = "ldap";

    private final List<PasswordVerifier> chain;

    PwcheckMethods(List<PasswordVerifier> chain) {
        this.chain = List.copyOf(chain);
    }

    /**
     * @param internal the accounts store's check (auxprop)
     * @param service  the service name saslauthd passes on (e.g. to PAM)
     */
    public static PwcheckMethods fromConfig(ImapdConf conf, PasswordVerifier internal, String service)
            throws ConfigException {
        List<PasswordVerifier> chain = new ArrayList<>();
        for (String method : methods(conf)) {
            switch (method) {
                case AUXPROP -> chain.add(internal);
                case SASLAUTHD -> chain.add(new SaslauthdVerifier(
                        Path.of(conf.getString("sasl_saslauthd_path", SaslauthdVerifier.DEFAULT_PATH.toString())),
                        service, ""));
                case LDAP -> chain.add(new LdapBindVerifier(LdapSettings.from(conf)));
                default -> throw new ConfigException("sasl_pwcheck_method: unknown method " + method
                        + " (auxprop, saslauthd or ldap)");
            }
        }
        return new PwcheckMethods(chain);
    }

    /** The configured methods, lower case, default {@code auxprop}. */
    public static List<String> methods(ImapdConf conf) {
        List<String> out = new ArrayList<>();
        for (String m : conf.getList("sasl_pwcheck_method")) {
            out.add(m.toLowerCase(Locale.ROOT));
        }
        return out.isEmpty() ? List.of(AUXPROP) : out;
    }

    /** Whether the internal store is consulted: only it holds the SCRAM verifiers SCRAM mechanisms need. */
    public static boolean usesInternalStore(ImapdConf conf) {
        return methods(conf).contains(AUXPROP);
    }

    /** The first OK wins; else UNAVAILABLE if a back end could not be asked (the client may retry), else BAD. */
    @Override
    public PasswordCheck verify(String login, char[] password) {
        boolean unavailable = false;
        for (PasswordVerifier v : chain) {
            PasswordCheck answer = v.verify(login, password);
            if (answer == PasswordCheck.OK) {
                return answer;
            }
            unavailable |= answer == PasswordCheck.UNAVAILABLE;
        }
        return unavailable ? PasswordCheck.UNAVAILABLE : PasswordCheck.BAD;
    }
}
