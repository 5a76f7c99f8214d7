/**
 * Exception reporting under the 2016 terms and conditions, before the 2025 reform (TCS v1–v12,
 * {@link org.rotaguard.core.reporting.ProcessVersion#V12}) and after it (TCS v13,
 * {@link org.rotaguard.core.reporting.ProcessVersion#V13}): submissions, the transition tables of
 * both processes, an append-only event log with the current state derived only by replaying it
 * ({@link org.rotaguard.core.reporting.ReportView}), deadlines in Europe/London calendar days,
 * the time-off-in-lieu ledger, pay claims with their working, work schedule reviews and
 * onboarding. Every interpretation and its source is in docs/exception-reporting.md.
 */
package org.rotaguard.core.reporting;
