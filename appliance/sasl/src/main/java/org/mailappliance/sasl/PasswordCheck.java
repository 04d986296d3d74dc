package org.mailappliance.sasl;

/** The answer of a password check. */
public enum PasswordCheck {
    /** The password is right. */
    OK,
    /** Wrong password or unknown user (the caller must not tell which). */
    BAD,
    /** The store could not be asked (database down); the client may retry later. */
    UNAVAILABLE
}
