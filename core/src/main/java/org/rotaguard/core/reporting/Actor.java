package org.rotaguard.core.reporting;

/** A person (or the system clock) acting in one role. */
public record Actor(String userId, Role role) {
    /** The actor of every deadline event. */
    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM);

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("an actor needs a user id");
        }
        if (role == null) {
            throw new IllegalArgumentException("actor " + userId + " needs a role");
        }
    }

    public static Actor of(String userId, Role role) {
        return new Actor(userId, role);
    }
}
