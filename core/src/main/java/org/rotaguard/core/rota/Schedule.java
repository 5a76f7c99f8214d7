package org.rotaguard.core.rota;

/** How the rota gives each doctor's days: a cyclic template or dated assignments. */
public sealed interface Schedule permits Template, Assignments {
}
