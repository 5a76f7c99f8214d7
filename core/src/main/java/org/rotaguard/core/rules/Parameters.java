package org.rotaguard.core.rules;

import java.time.Duration;
import java.util.Set;

/**
 * The parameters of one rule as a contract pack gives them. Implementations say where a bad
 * value came from by throwing {@link ParameterException}.
 */
public interface Parameters {
    Duration duration(String name);

    int integer(String name);

    boolean flag(String name, boolean otherwise);

    int integer(String name, int otherwise);

    String text(String name);

    /** Names of every parameter given, so unknown ones can be refused. */
    Set<String> names();

    /** A bad or missing parameter value. */
    class ParameterException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public ParameterException(String message) {
            super(message);
        }
    }
}
