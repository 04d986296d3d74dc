package org.mailappliance.imap.response;

/** The status conditions of responses (RFC 9051 §7.1). */
public enum Status {
    OK, NO, BAD, PREAUTH, BYE
}
