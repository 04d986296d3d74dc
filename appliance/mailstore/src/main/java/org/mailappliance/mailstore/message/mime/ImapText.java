package org.mailappliance.mailstore.message.mime;

import java.util.List;

/**
 * Builds IMAP values (RFC 3501 nstring, parenthesised lists) into a string whose chars are bytes (ISO-8859-1):
 * the cached ENVELOPE and BODYSTRUCTURE are written to the wire by encoding them as ISO-8859-1.
 * Strings with CR, LF, NUL or 8-bit bytes become literals, since quoted strings are 7-bit.
 */
final class ImapText {
    private final StringBuilder out = new StringBuilder(256);

    ImapText nstring(String s) {
        space();
        if (s == null) {
            out.append("NIL");
            return this;
        }
        boolean literal = false;
        for (int i = 0; i < s.length() && !literal; i++) {
            char c = s.charAt(i);
            literal = c == '\r' || c == '\n' || c == 0 || c > 127;
        }
        if (literal) {
            out.append('{').append(s.length()).append("}\r\n").append(s);
        } else {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append('"');
        }
        return this;
    }

    ImapText number(long n) {
        space();
        out.append(n);
        return this;
    }

    ImapText nil() {
        space();
        out.append("NIL");
        return this;
    }

    ImapText open() {
        space();
        out.append('(');
        return this;
    }

    ImapText close() {
        out.append(')');
        return this;
    }

    /** Appends an already rendered value. */
    ImapText raw(String rendered) {
        space();
        out.append(rendered);
        return this;
    }

    /** {@code ("NAME" "value" ...)} with upper-cased names, or NIL when there are none. */
    ImapText parameters(List<ParameterizedValue.Parameter> params) {
        if (params.isEmpty()) {
            return nil();
        }
        open();
        for (ParameterizedValue.Parameter p : params) {
            nstring(p.name().toUpperCase(java.util.Locale.ROOT)).nstring(p.value());
        }
        return close();
    }

    private void space() {
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) != '(') {
            out.append(' ');
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
