package org.mailappliance.sasl;

import java.util.Optional;

/**
 * A parsed client-first-message (RFC 5802 §7): {@code gs2-header client-first-message-bare}.
 *
 * @param gs2Header the header as sent ({@code n,,} or {@code y,a=...,}): it comes back base64 in {@code c=}
 * @param authzid   the decoded {@code a=} name, or null
 * @param username  the decoded {@code n=} name (not yet SASLprepped)
 * @param bare      client-first-message-bare, part of the AuthMessage
 * @param nonce     the client nonce
 */
record ScramClientFirst(String gs2Header, String authzid, String username, String bare, String nonce) {

    /** Parses the message, or explains why it is malformed. */
    static Result parse(String message) {
        int firstComma = message.indexOf(',');
        if (firstComma < 0) {
            return Result.error("no gs2 header");
        }
        String flag = message.substring(0, firstComma);
        if (flag.startsWith("p=")) {
            return Result.error("channel binding requested but not offered");
        }
        if (!flag.equals("n") && !flag.equals("y")) {
            return Result.error("bad gs2 channel binding flag");
        }
        int secondComma = message.indexOf(',', firstComma + 1);
        if (secondComma < 0) {
            return Result.error("gs2 header not terminated");
        }
        String authzField = message.substring(firstComma + 1, secondComma);
        String authzid = null;
        if (!authzField.isEmpty()) {
            if (!authzField.startsWith("a=")) {
                return Result.error("bad gs2 authzid");
            }
            Optional<String> decoded = decodeName(authzField.substring(2));
            if (decoded.isEmpty() || decoded.get().isEmpty()) {
                return Result.error("bad gs2 authzid");
            }
            authzid = decoded.get();
        }
        String gs2Header = message.substring(0, secondComma + 1);
        String bare = message.substring(secondComma + 1);
        String[] attributes = bare.split(",", -1);
        if (attributes.length < 2 || !attributes[0].startsWith("n=") || !attributes[1].startsWith("r=")) {
            return Result.error(bare.startsWith("m=") ? "mandatory extension not supported"
                    : "client-first-message-bare must start with n= and r=");
        }
        Optional<String> username = decodeName(attributes[0].substring(2));
        if (username.isEmpty() || username.get().isEmpty()) {
            return Result.error("bad user name");
        }
        String nonce = attributes[1].substring(2);
        if (nonce.isEmpty() || !printable(nonce)) {
            return Result.error("bad client nonce");
        }
        for (int i = 2; i < attributes.length; i++) {
            if (attributes[i].length() < 2 || attributes[i].charAt(1) != '=') {
                return Result.error("bad extension attribute");
            }
        }
        return new Result(new ScramClientFirst(gs2Header, authzid, username.get(), bare, nonce), null);
    }

    /** saslname: "=2C" is ",", "=3D" is "=", any other "=" is an error. */
    static Optional<String> decodeName(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',') {
                return Optional.empty();
            }
            if (c == '=') {
                if (s.startsWith("=2C", i)) {
                    out.append(',');
                } else if (s.startsWith("=3D", i)) {
                    out.append('=');
                } else {
                    return Optional.empty();
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return Optional.of(out.toString());
    }

    static boolean printable(String s) {
        return s.chars().allMatch(c -> c >= 0x21 && c <= 0x7E && c != ',');
    }

    /** Either a message or an error. */
    record Result(ScramClientFirst message, String error) {
        static Result error(String why) {
            return new Result(null, why);
        }
    }
}
