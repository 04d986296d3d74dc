package org.mailappliance.imap.session;

/** The IMAP connection states (RFC 9051 §3). */
public enum SessionState {
    NOT_AUTHENTICATED, AUTHENTICATED, SELECTED, LOGOUT
}
