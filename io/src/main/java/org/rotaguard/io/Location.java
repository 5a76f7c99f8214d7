package org.rotaguard.io;

/** A 1-based line and column (in characters) in a rota file; 0:0 when unknown. */
record Location(int line, int column) {
    static final Location NONE = new Location(0, 0);
}
