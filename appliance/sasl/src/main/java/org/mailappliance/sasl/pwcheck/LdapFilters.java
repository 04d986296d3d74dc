package org.mailappliance.sasl.pwcheck;

import java.util.ArrayList;
import java.util.List;
import javax.naming.ldap.Rdn;

/**
 * saslauthd's {@code ldap_filter} tokens: %u the login, %U its local part, %d its domain, %r the realm (empty),
 * %% a percent sign. Values are never pasted into the filter: they become JNDI filter arguments, which JNDI
 * escapes (RFC 4515), so a login like {@code *)(uid=*} cannot widen the search.
 */
final class LdapFilters {
    private LdapFilters() {
    }

    record Expanded(String expression, Object[] arguments) {
    }

    static Expanded expand(String template, String login) {
        StringBuilder expression = new StringBuilder();
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char token = template.charAt(++i);
                if (token == '%') {
                    expression.append('%');
                    continue;
                }
                expression.append('{').append(arguments.size()).append('}');
                arguments.add(value(token, login));
            } else if (c == '{' || c == '}') {
                // literal braces would be read as argument references
                expression.append(c == '{' ? "\\7b" : "\\7d");
            } else {
                expression.append(c);
            }
        }
        return new Expanded(expression.toString(), arguments.toArray());
    }

    /** fastbind: the template is a DN; values are escaped as RDN values (RFC 4514). */
    static String expandDn(String template, String login) {
        StringBuilder dn = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char token = template.charAt(++i);
                dn.append(token == '%' ? "%" : Rdn.escapeValue(value(token, login)));
            } else {
                dn.append(c);
            }
        }
        return dn.toString();
    }

    private static String value(char token, String login) {
        int at = login.indexOf('@');
        return switch (token) {
            case 'u' -> login;
            case 'U' -> at < 0 ? login : login.substring(0, at);
            case 'd' -> at < 0 ? "" : login.substring(at + 1);
            case 'r' -> "";
            default -> throw new IllegalArgumentException("ldap_filter: unknown token %" + token);
        };
    }
}
