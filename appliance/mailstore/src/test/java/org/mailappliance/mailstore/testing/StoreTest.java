package org.mailappliance.mailstore.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs once on an H2 file database in a fresh temporary directory and once on a fresh, throw-away
 * PostgreSQL database. It takes a {@link TestBackend} parameter. PostgreSQL being unreachable fails the test.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabases.class)
public @interface StoreTest {
}
