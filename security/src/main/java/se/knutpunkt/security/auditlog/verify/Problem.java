package se.knutpunkt.security.auditlog.verify;

/** What kind of thing did not fit, from the newest checkpoint down to a single entry. */
public enum Problem {
  /** The newest checkpoint, or another one given, is not a well-formed signed checkpoint. */
  CHECKPOINT_MALFORMED,
  /** A checkpoint lacks a valid signature by the pinned key, or is of another log. */
  CHECKPOINT_NOT_SIGNED,
  /** The state remembered from the last run cannot be used (not ours, or damaged). */
  REMEMBERED_STATE_UNUSABLE,
  /** The log now claims fewer entries than a checkpoint it signed before: rolled back or forked. */
  LOG_SHRANK,
  /** The log signed two histories that cannot both be true: a fork, or a split view. */
  FORK,
  /** An entry's bytes are not a canonical audit leaf. */
  ENTRY_MALFORMED,
  /** An entry is not at the index it claims: one was removed, moved or inserted before it. */
  ENTRY_OUT_OF_PLACE,
  /** An entry differs from the one this verifier checked at the same index on an earlier run. */
  ENTRY_CHANGED,
  /** The log served an entry beyond the size of the signed checkpoint. */
  ENTRY_NOT_SIGNED,
  /** The log served fewer entries than the signed checkpoint counts. */
  ENTRIES_MISSING,
  /**
   * The entries do not hash to a signed root; the failure names the range that must hold the fault.
   */
  ROOT_MISMATCH
}
