package org.mailappliance.connector.ra.tls;

import java.nio.file.Path;

/** A PEM certificate chain and its PEM private key. */
public record CertificateFiles(Path certificate, Path privateKey) {
}
