package org.rotaguard.core.reporting;

/**
 * Who may act. {@code SUPERVISOR} is the educational (or clinical) supervisor, the reviewer before
 * the reform; {@code HR} is HR / medical workforce (or staff the LNC delegated HR's duties to);
 * {@code DME} the director of medical education or a nominated deputy; {@code FORUM} the resident
 * doctors' forum; {@code BOARD} a board member reading reports; {@code SYSTEM} the clock (deadlines).
 */
public enum Role {
    DOCTOR, HR, DME, GUARDIAN, SUPERVISOR, FORUM, BOARD, ADMIN, SYSTEM
}
