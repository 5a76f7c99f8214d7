package org.rotaguard.app.web;

import java.time.OffsetDateTime;
import org.rotaguard.io.RotaFileFormat;

/** A rota as the store keeps it: its rota file and bookkeeping. */
public record StoredRota(long id, String name, RotaFileFormat format, String fileText, int version,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
