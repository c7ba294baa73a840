package se.knutpunkt.security.auditlog.verify;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeMap;
import se.knutpunkt.security.auditlog.checkpoint.MalformedNoteException;
import se.knutpunkt.security.auditlog.checkpoint.NoteVerificationException;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.leaf.MalformedLeafException;
import se.knutpunkt.security.auditlog.merkle.ConsistencyProof;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.TreeFrontier;
import se.knutpunkt.security.auditlog.merkle.TreeHead;

/**
 * One verification run, fed the leaves 0 .. size-1 of the newest checkpoint in order, as many pages
 * as it takes. Streams: it keeps the tree's compact range and one 8-byte fingerprint per entry, and
 * allocates nothing per leaf. Not thread-safe. Made by {@link LogVerifier#start}.
 */
public final class VerificationRun {

  private static final VarHandle LONG_AT =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private final VerifierKey key;
  private final boolean checkEntries;
  private final Optional<RememberedLog> remembered;
  private final TreeFrontier frontier = new TreeFrontier();
  private final byte[] leafHash = new byte[MerkleHash.LENGTH];
  // Signed tree heads to meet on the way, by size: the remembered one and any others given.
  private final TreeMap<Long, SignedCheckpoint> waypoints = new TreeMap<>();

  private SignedCheckpoint newest;
  private long size;
  private long position;
  private long verifiedPrefix;
  private long inFull;
  private long hashOnly;
  private long[] fingerprints = new long[0];
  private boolean started;
  private VerificationFailure failure;

  VerificationRun(
      VerifierKey key,
      boolean checkEntries,
      String newestSignedCheckpoint,
      Optional<RememberedLog> remembered) {
    this.key = key;
    this.checkEntries = checkEntries;
    this.remembered = remembered;
    newest = open(newestSignedCheckpoint, "the newest checkpoint");
    if (newest == null) {
      return;
    }
    size = newest.checkpoint().size().value();
    if (size > Integer.MAX_VALUE - 8) {
      fail(
          VerificationFailure.of(
              Problem.CHECKPOINT_MALFORMED,
              "a log of " + size + " entries is beyond this verifier"));
      return;
    }
    fingerprints = new long[(int) Math.min(size, 1 << 20)];
    remembered.ifPresent(this::checkRemembered);
    waypoints.put(size, newest);
  }

  private SignedCheckpoint open(String text, String which) {
    try {
      return SignedCheckpoint.open(text, key);
    } catch (NoteVerificationException e) {
      fail(VerificationFailure.of(Problem.CHECKPOINT_NOT_SIGNED, which + ": " + e.getMessage()));
    } catch (MalformedNoteException e) {
      fail(VerificationFailure.of(Problem.CHECKPOINT_MALFORMED, which + ": " + e.getMessage()));
    }
    return null;
  }

  private void checkRemembered(RememberedLog state) {
    TreeHead before = state.checkpoint().checkpoint().head();
    TreeHead now = newest.checkpoint().head();
    if (!state.checkpoint().checkpoint().origin().equals(newest.checkpoint().origin())) {
      fail(
          VerificationFailure.of(
              Problem.REMEMBERED_STATE_UNUSABLE, "the remembered state is of another log"));
    } else if (before.size().compareTo(now.size()) > 0) {
      fail(
          VerificationFailure.of(
              Problem.LOG_SHRANK,
              "the log now signs "
                  + now.size()
                  + " entries, but it signed "
                  + before.size()
                  + " before: entries were cut off or the log was replaced"));
    } else if (before.size().equals(now.size()) && !before.root().equals(now.root())) {
      fail(
          VerificationFailure.of(
              Problem.FORK,
              "the log signed two different roots for size " + now.size() + ": it forked"));
    } else {
      waypoints.put(before.size().value(), state.checkpoint());
    }
  }

  /**
   * Checks the log's proof that the newest checkpoint extends the remembered one (from {@code GET
   * /audit/proof/consistency?first=<remembered size>&second=<newest size>}). Without it the run
   * still proves consistency by recomputing, but this catches a fork before any leaf is fetched.
   */
  public void checkConsistency(ConsistencyProof proof) {
    if (failure != null || remembered.isEmpty()) {
      return;
    }
    TreeHead before = remembered.get().checkpoint().checkpoint().head();
    TreeHead now = newest.checkpoint().head();
    if (!proof.verifies(before, now)) {
      fail(
          VerificationFailure.of(
              Problem.FORK,
              "the log cannot prove that its checkpoint of size "
                  + now.size()
                  + " extends the one of size "
                  + before.size()
                  + " verified before: it forked, or rewrote history"));
    }
  }

  /**
   * Adds another signed checkpoint of this log, of a size up to the newest (say, ones an earlier
   * run saw or a witness kept). Each one met on the way pins the prefix below it, so a root that
   * does not match is narrowed down to the entries between two of them.
   */
  public void addCheckpoint(String signedCheckpoint) {
    if (started) {
      throw new IllegalStateException("add checkpoints before the first leaf");
    }
    if (failure != null) {
      return;
    }
    SignedCheckpoint extra = open(signedCheckpoint, "a further checkpoint");
    if (extra == null) {
      return;
    }
    TreeHead head = extra.checkpoint().head();
    if (head.size().compareTo(newest.checkpoint().size()) > 0) {
      return; // newer than the run's target: says nothing about these entries
    }
    SignedCheckpoint same =
        head.size().equals(newest.checkpoint().size())
            ? newest
            : waypoints.get(head.size().value());
    if (same != null && !same.checkpoint().root().equals(head.root())) {
      fail(
          VerificationFailure.of(
              Problem.FORK,
              "the log signed two different roots for size " + head.size() + ": it forked"));
      return;
    }
    waypoints.put(head.size().value(), extra);
  }

  public boolean hasFailed() {
    return failure != null;
  }

  /** The next leaf, as canonical bytes: the first call is leaf 0. */
  public void accept(byte[] leaf) {
    started = true;
    if (failure != null || !withinCheckpoint()) {
      return;
    }
    long index = position;
    long claimed;
    try {
      claimed = checkEntries ? AuditLeaf.checkCanonical(leaf) : AuditLeaf.claimedIndex(leaf);
    } catch (MalformedLeafException e) {
      fail(
          VerificationFailure.atEntry(
              Problem.ENTRY_MALFORMED,
              index,
              "entry " + index + " is not a canonical audit leaf: " + e.getMessage()));
      return;
    }
    if (claimed != index) {
      fail(
          VerificationFailure.atEntry(
              Problem.ENTRY_OUT_OF_PLACE,
              index,
              "position "
                  + index
                  + " holds the entry that claims index "
                  + claimed
                  + ": "
                  + (claimed > index
                      ? "entry " + index + " was removed, or moved further on"
                      : "an entry was inserted or moved before it")));
      return;
    }
    frontier.appendLeaf(leaf, leafHash);
    inFull++;
    admit(index, (long) LONG_AT.get(leafHash, 0));
  }

  /**
   * The next entry as its RFC 9162 leaf hash only, in {@code buffer[offset..offset+32)}: an entry
   * outside the auditor's reach, which the log serves without its bytes. It still counts in the
   * tree, so the root proves it unchanged; only what it says stays unread.
   */
  public void acceptHashOnly(byte[] buffer, int offset) {
    started = true;
    if (failure != null || !withinCheckpoint()) {
      return;
    }
    frontier.appendLeafHash(buffer, offset);
    hashOnly++;
    admit(position, (long) LONG_AT.get(buffer, offset));
  }

  private boolean withinCheckpoint() {
    if (position < size) {
      return true;
    }
    fail(
        VerificationFailure.atEntry(
            Problem.ENTRY_NOT_SIGNED,
            position,
            "the log served entry " + position + ", beyond its signed checkpoint of size " + size));
    return false;
  }

  private void admit(long index, long fingerprint) {
    if (remembered.isPresent()
        && index < remembered.get().size()
        && remembered.get().fingerprint(index) != fingerprint) {
      fail(
          VerificationFailure.atEntry(
              Problem.ENTRY_CHANGED,
              index,
              "entry "
                  + index
                  + " is not the entry verified at that index on the last run"
                  + " (checkpoint of size "
                  + remembered.get().size()
                  + "): it was changed"));
      return;
    }
    if (index == fingerprints.length) {
      fingerprints =
          Arrays.copyOf(fingerprints, (int) Math.min(size, fingerprints.length * 2L + 16));
    }
    fingerprints[(int) index] = fingerprint;
    position = index + 1;
    SignedCheckpoint waypoint = waypoints.get(position);
    if (waypoint != null) {
      checkRootAt(waypoint);
    }
  }

  private void checkRootAt(SignedCheckpoint waypoint) {
    MerkleHash root = frontier.root();
    if (root.equals(waypoint.checkpoint().root())) {
      verifiedPrefix = position;
      return;
    }
    LeafRange suspects = new LeafRange(verifiedPrefix, position);
    boolean isRemembered = remembered.isPresent() && remembered.get().checkpoint().equals(waypoint);
    fail(
        VerificationFailure.inRange(
            isRemembered ? Problem.FORK : Problem.ROOT_MISMATCH,
            suspects,
            "the first "
                + position
                + " entries do not hash to the root the log signed for size "
                + position
                + (isRemembered ? ", which this verifier checked on its last run" : "")
                + "; "
                + suspects
                + " must hold a changed, added or removed entry"));
  }

  /** Ends the run: checks the count and the root of all entries against the newest checkpoint. */
  public VerificationReport finish() {
    if (failure == null && position < size) {
      fail(
          VerificationFailure.atEntry(
              Problem.ENTRIES_MISSING,
              position,
              "the log served "
                  + position
                  + " entries, but its checkpoint signs "
                  + size
                  + ": entry "
                  + position
                  + " and later are missing"));
    }
    if (failure == null && size == 0) {
      checkRootAt(newest);
    }
    Optional<RememberedLog> next =
        failure == null
            ? Optional.of(new RememberedLog(newest, Arrays.copyOf(fingerprints, (int) size)))
            : Optional.empty();
    return new VerificationReport(
        Optional.ofNullable(failure), Optional.ofNullable(newest), position, hashOnly, next);
  }

  private void fail(VerificationFailure first) {
    if (failure == null) {
      failure = first;
    }
  }
}
