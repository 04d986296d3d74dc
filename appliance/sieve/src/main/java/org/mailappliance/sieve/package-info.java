/**
 * ManageSieve (RFC 5804), compatible with Cyrus's timsieved: {@link org.mailappliance.sieve.SieveEngine} speaks the
 * protocol over a {@code Connection}, scripts are validated with Apache jSieve ({@code script}) and kept through the
 * {@code port.ScriptStore} port. Running scripts at delivery is not part of this module.
 */
package org.mailappliance.sieve;
