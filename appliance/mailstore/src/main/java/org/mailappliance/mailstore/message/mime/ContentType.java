package org.mailappliance.mailstore.message.mime;

import java.util.List;
import java.util.Locale;

/**
 * A Content-Type as BODYSTRUCTURE reports it. A missing or unusable header gives the RFC 2045 default: text/plain
 * with {@code charset=us-ascii} (Cyrus lists that parameter), or message/rfc822 without parameters in a digest.
 */
record ContentType(String type, String subtype, List<ParameterizedValue.Parameter> parameters) {

    static ContentType of(String headerValue, boolean digestChild) {
        if (headerValue != null) {
            ParameterizedValue pv = ParameterizedValue.parse(headerValue);
            int slash = pv.value().indexOf('/');
            if (slash > 0 && slash < pv.value().length() - 1) {
                String type = pv.value().substring(0, slash).strip();
                String subtype = pv.value().substring(slash + 1).strip();
                if (isToken(type) && isToken(subtype)) {
                    return new ContentType(type, subtype, pv.parameters());
                }
            }
        }
        if (digestChild) {
            return new ContentType("message", "rfc822", List.of());
        }
        return new ContentType("text", "plain", List.of(new ParameterizedValue.Parameter("charset", "us-ascii")));
    }

    boolean is(String t, String s) {
        return type.equalsIgnoreCase(t) && subtype.equalsIgnoreCase(s);
    }

    boolean isType(String t) {
        return type.equalsIgnoreCase(t);
    }

    String parameter(String name) {
        for (ParameterizedValue.Parameter p : parameters) {
            if (p.name().equalsIgnoreCase(name)) {
                return p.value();
            }
        }
        return null;
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?=".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    String upperType() {
        return type.toUpperCase(Locale.ROOT);
    }

    String upperSubtype() {
        return subtype.toUpperCase(Locale.ROOT);
    }
}
