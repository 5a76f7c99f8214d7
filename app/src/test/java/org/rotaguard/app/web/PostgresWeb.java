package org.rotaguard.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The web application on a random port over a real PostgreSQL server (see {@link Postgres}).
 * Every test class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Postgres.class)
@SpringBootTest(classes = RotaguardWeb.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=WARN", "logging.level.org.rotaguard.app.web=OFF"})
@ContextConfiguration(initializers = Postgres.Initializer.class)
public @interface PostgresWeb {
}
