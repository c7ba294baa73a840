package se.knutpunkt.security.auditlog.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing tree — its compact range, or "Merkle mountain range": one hash per
 * set bit of the size, the perfect subtrees that together hold every leaf so far. Appending a leaf
 * merges equal-sized subtrees like a binary counter carries, so each append costs O(log n) hashing
 * at worst and O(1) on average, and nothing is ever rehashed.
 *
 * <p>Mutable and not thread-safe; it holds its hashes in one array so that streaming a million
 * leaves allocates nothing per leaf. {@link CompactRange} is its immutable snapshot.
 */
public final class TreeFrontier {

  /** Told of every perfect subtree the moment its last leaf arrives: what storage must keep. */
  @FunctionalInterface
  public interface CompletedSubtrees {
    /** The hash is in {@code hash[offset..offset+32)}, valid only during the call. */
    void completed(int level, long index, byte[] hash, int offset);
  }

  private static final CompletedSubtrees IGNORE = (level, index, hash, offset) -> {};
  private static final int H = MerkleHash.LENGTH;

  private final TreeHasher hasher;
  private final CompletedSubtrees completed;
  // peaks[0] is the highest (leftmost) subtree; one per set bit of size.
  private final byte[] peaks = new byte[(Subtree.MAX_LEVEL + 1) * H];
  private final byte[] carry = new byte[H];
  private long size;
  private int peakCount;

  public TreeFrontier() {
    this(new TreeHasher(), IGNORE);
  }

  public TreeFrontier(TreeHasher hasher, CompletedSubtrees completed) {
    this.hasher = hasher;
    this.completed = completed == null ? IGNORE : completed;
  }

  /** Continues from a stored compact range. */
  public static TreeFrontier resume(
      CompactRange range, TreeHasher hasher, CompletedSubtrees completed) {
    TreeFrontier frontier = new TreeFrontier(hasher, completed);
    List<MerkleHash> hashes = range.peaks();
    for (int i = 0; i < hashes.size(); i++) {
      hashes.get(i).copyTo(frontier.peaks, i * H);
    }
    frontier.peakCount = hashes.size();
    frontier.size = range.size().value();
    return frontier;
  }

  public TreeSize size() {
    return TreeSize.of(size);
  }

  /** Hashes a leaf's bytes and appends it; its leaf hash is written to {@code leafHashOut}. */
  public void appendLeaf(byte[] leaf, byte[] leafHashOut) {
    hasher.leafHash(leaf, 0, leaf.length, leafHashOut, 0);
    appendLeafHash(leafHashOut, 0);
  }

  public void appendLeaf(byte[] leaf) {
    appendLeaf(leaf, new byte[H]);
  }

  public void appendLeafHash(MerkleHash leafHash) {
    appendLeafHash(leafHash.bytes(), 0);
  }

  /** Appends a leaf whose RFC 9162 leaf hash is {@code buffer[offset..offset+32)}. */
  public void appendLeafHash(byte[] buffer, int offset) {
    if (size == Long.MAX_VALUE) {
      throw new IllegalStateException("the tree is full");
    }
    System.arraycopy(buffer, offset, carry, 0, H);
    long index = size;
    completed.completed(0, index, carry, 0);
    int level = 0;
    // Each trailing one bit of the old size is a peak as tall as the carry: merge them.
    while (((size >>> level) & 1) == 1) {
      peakCount--;
      hasher.nodeHash(peaks, peakCount * H, carry, 0, carry, 0);
      level++;
      completed.completed(level, index >>> level, carry, 0);
    }
    System.arraycopy(carry, 0, peaks, peakCount * H, H);
    peakCount++;
    size++;
  }

  /** The root of the tree so far (RFC 9162 MTH of all leaves appended). */
  public MerkleHash root() {
    if (peakCount == 0) {
      return TreeHasher.EMPTY_ROOT;
    }
    byte[] acc = new byte[H];
    System.arraycopy(peaks, (peakCount - 1) * H, acc, 0, H);
    for (int i = peakCount - 2; i >= 0; i--) {
      hasher.nodeHash(peaks, i * H, acc, 0, acc, 0);
    }
    return MerkleHash.of(acc);
  }

  public TreeHead head() {
    return new TreeHead(size(), root());
  }

  public CompactRange compactRange() {
    List<MerkleHash> hashes = new ArrayList<>(peakCount);
    for (int i = 0; i < peakCount; i++) {
      hashes.add(MerkleHash.of(peaks, i * H));
    }
    return CompactRange.of(size(), hashes);
  }
}
