/**
 * Rota files (format {@code rotaguard/1}, YAML or JSON) in and out.
 *
 * <p>{@link org.rotaguard.io.RotaFileReader} reads a file into a core
 * {@link org.rotaguard.core.rota.Rota}; anything wrong ends in a
 * {@link org.rotaguard.io.RotaFileException} listing every problem as a
 * {@link org.rotaguard.io.FileProblem} ({@code FILE:LINE:COLUMN: PATH: message}).
 * {@link org.rotaguard.io.RotaFileWriter} writes a rota back in the same format.
 *
 * <p>Inside: Jackson's streaming parser feeds a tree of located nodes
 * ({@code LocatedTreeBuilder}), one reader per part of the file turns it into a
 * {@code Rota.Builder} ({@code RotaTreeReader}, {@code ShiftTypeReader},
 * {@code DoctorReader}, {@code ScheduleReader}), and core's own problems are placed back on
 * the file by their field path ({@code CoreProblemLocator}).
 */
package org.rotaguard.io;
