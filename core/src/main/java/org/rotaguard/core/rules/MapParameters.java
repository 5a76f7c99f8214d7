package org.rotaguard.core.rules;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Rule parameters held in a map of already typed values (Duration, Integer, Boolean, String). */
final class MapParameters implements Parameters {
    private final Map<String, Object> values;

    MapParameters(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    @Override
    public Duration duration(String name) {
        return get(name, Duration.class);
    }

    @Override
    public int integer(String name) {
        return get(name, Integer.class);
    }

    @Override
    public boolean flag(String name, boolean otherwise) {
        return values.containsKey(name) ? get(name, Boolean.class) : otherwise;
    }

    @Override
    public int integer(String name, int otherwise) {
        return values.containsKey(name) ? get(name, Integer.class) : otherwise;
    }

    @Override
    public String text(String name) {
        return get(name, String.class);
    }

    @Override
    public Set<String> names() {
        return values.keySet();
    }

    private <T> T get(String name, Class<T> type) {
        Object value = values.get(name);
        if (value == null) {
            throw new ParameterException("missing parameter " + name);
        }
        if (!type.isInstance(value)) {
            throw new ParameterException("parameter " + name + " should be a " + type.getSimpleName());
        }
        return type.cast(value);
    }
}
