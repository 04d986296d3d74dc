package org.mailappliance.lmtp.reply;

/**
 * The fixed replies, worded as Cyrus lmtpd words them (lmtpengine.c) so that MTAs and log parsers that know Cyrus see
 * the same text. Replies with variable parts are built by the commands themselves.
 */
public final class Replies {
    public static final Reply OK = new Reply(250, "2.0.0", "ok");
    public static final Reply MAIL_OK = new Reply(250, "2.1.0", "ok");
    public static final Reply RCPT_OK = new Reply(250, "2.1.5", "ok");
    public static final Reply GO_AHEAD_DATA = new Reply(354, "", "go ahead");
    public static final Reply BYE = new Reply(221, "2.0.0", "bye");
    public static final Reply VRFY = new Reply(252, "2.3.3", "try RCPT to attempt delivery");
    public static final Reply BEGIN_TLS = new Reply(220, "2.0.0", "Begin TLS negotiation now");

    public static final Reply SYNTAX_ERROR = new Reply(500, "5.5.2", "Syntax error");
    public static final Reply LINE_TOO_LONG = new Reply(500, "5.5.2", "Line too long");
    public static final Reply PARAMETER_SYNTAX = new Reply(501, "5.5.4", "Syntax error in parameters");
    public static final Reply UNRECOGNIZED_PARAMETERS = new Reply(501, "5.5.4", "Unrecognized parameters");
    public static final Reply USE_LHLO = new Reply(500, "5.5.1", "This is LMTP: use LHLO");
    public static final Reply NEED_LHLO = new Reply(503, "5.5.1", "Need LHLO command");
    public static final Reply NESTED_MAIL = new Reply(503, "5.5.1", "Nested MAIL command");
    public static final Reply NEED_MAIL = new Reply(503, "5.5.1", "Need MAIL command");
    public static final Reply NO_RECIPIENTS = new Reply(503, "5.5.1", "No recipients");
    public static final Reply TOO_MANY_RECIPIENTS = new Reply(452, "4.5.3", "Too many recipients");
    public static final Reply AUTH_NOT_AVAILABLE = new Reply(502, "5.5.1", "AUTH not available");
    public static final Reply STARTTLS_TWICE = new Reply(454, "4.3.3", "Already successfully executed STARTTLS");
    public static final Reply STARTTLS_NOT_NOW = new Reply(503, "5.5.0", "STARTTLS not permitted now");
    public static final Reply AUTH_REQUIRED_SOFT = new Reply(430, "4.7.0", "Authentication required");
    public static final Reply AUTH_REQUIRED = new Reply(530, "5.7.0", "Authentication required");

    // AUTH (RFC 4954 §4 and §6 give the codes)
    public static final Reply AUTH_OK = new Reply(235, "2.0.0", "Authenticated");
    public static final Reply AUTH_TWICE = new Reply(503, "5.5.1", "already authenticated");
    public static final Reply AUTH_NOT_NOW = new Reply(503, "5.5.1", "AUTH not permitted during a mail transaction");
    public static final Reply AUTH_UNKNOWN_MECHANISM = new Reply(504, "5.5.4", "Unrecognized authentication type");
    public static final Reply AUTH_NEEDS_TLS =
            new Reply(538, "5.7.11", "Encryption required for requested authentication mechanism");
    public static final Reply AUTH_BAD_BASE64 = new Reply(501, "5.5.2", "Cannot Base64-decode client response");
    public static final Reply AUTH_ABORTED = new Reply(501, "5.0.0", "AUTH aborted");
    public static final Reply AUTH_FAILED = new Reply(535, "5.7.8", "Authentication failed");
    public static final Reply AUTH_TEMPORARY_FAILURE = new Reply(454, "4.7.0", "Temporary authentication failure");

    public static final Reply USER_UNKNOWN = new Reply(550, "5.1.1", "User unknown");
    public static final Reply INTERNAL_ERROR = new Reply(451, "4.3.0", "Unexpected internal error");

    private Replies() {
    }

    /** The final line of a multi-line reply is sent by {@link ReplyWriter}; this gives the continuation form. */
    static String continuation(int code, String text) {
        return code + "-" + text + "\r\n";
    }
}
