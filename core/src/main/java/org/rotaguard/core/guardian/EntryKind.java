package org.rotaguard.core.guardian;

/** Kinds of entry in the guardian's fund ledger. */
public enum EntryKind {
    /** The guardian's share of a fine, paid in. */
    FINE_IN,
    /** Spending approved by the resident doctors' forum, paid out. */
    SPEND_OUT,
    /** Undoes an earlier entry (never an edit). */
    REVERSAL
}
