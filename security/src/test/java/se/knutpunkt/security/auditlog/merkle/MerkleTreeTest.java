package se.knutpunkt.security.auditlog.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tree heads, inclusion proofs and consistency proofs from stored subtree hashes, for every tree
 * size 1..64, every leaf and every pair of sizes, against the recursive definitions of RFC 9162.
 */
class MerkleTreeTest {

  private static final int MAX = 64;
  private static final List<byte[]> LEAVES = new ArrayList<>();
  private static InMemorySubtreeHashStore store;
  private static MerkleTree tree;

  @BeforeAll
  static void integrateSixtyFourLeavesInUnevenBatches() {
    for (int i = 0; i < MAX; i++) {
      LEAVES.add(("audit entry " + i).getBytes(StandardCharsets.UTF_8));
    }
    store = new InMemorySubtreeHashStore();
    Integrator integrator = new Integrator();
    CompactRange range = CompactRange.empty();
    int next = 0;
    int batch = 1;
    while (next < MAX) {
      int end = Math.min(MAX, next + batch);
      Integration integration = integrator.integrateLeaves(range, LEAVES.subList(next, end));
      store.addAll(integration.newSubtrees());
      range = integration.after();
      next = end;
      batch = batch % 5 + 1;
    }
    tree = new MerkleTree(store);
  }

  static Stream<Integer> sizes() {
    return IntStream.rangeClosed(1, MAX).boxed();
  }

  private static List<byte[]> prefix(int n) {
    return LEAVES.subList(0, n);
  }

  private static MerkleHash referenceRoot(int n) {
    return MerkleHash.of(Rfc9162Reference.mth(prefix(n)));
  }

  private static List<MerkleHash> hashes(List<byte[]> raw) {
    return raw.stream().map(MerkleHash::of).toList();
  }

  @ParameterizedTest(name = "size {0}")
  @MethodSource("sizes")
  void treeHeadOfEveryPastSizeIsTheRfcRootFromStoredSubtrees(int n) {
    assertThat(tree.head(TreeSize.of(n)).root()).isEqualTo(referenceRoot(n));
  }

  @ParameterizedTest(name = "size {0}")
  @MethodSource("sizes")
  void frontierRootMatchesTheRfcRootAsLeavesArrive(int n) {
    TreeFrontier frontier = new TreeFrontier();
    prefix(n).forEach(frontier::appendLeaf);
    assertThat(frontier.head()).isEqualTo(new TreeHead(TreeSize.of(n), referenceRoot(n)));
    assertThat(CompactRange.load(TreeSize.of(n), store)).isEqualTo(frontier.compactRange());
  }

  @ParameterizedTest(name = "size {0}")
  @MethodSource("sizes")
  void inclusionProofOfEveryLeafIsTheRfcPathAndVerifies(int n) {
    TreeHead head = new TreeHead(TreeSize.of(n), referenceRoot(n));
    TreeHasher hasher = new TreeHasher();
    for (int m = 0; m < n; m++) {
      InclusionProof proof = tree.inclusionProof(LeafIndex.of(m), TreeSize.of(n));
      MerkleHash leafHash = hasher.leafHash(LEAVES.get(m));
      String where = "leaf " + m + " of " + n;

      assertThat(proof.hashes()).as(where).isEqualTo(hashes(Rfc9162Reference.path(m, prefix(n))));
      assertThat(proof.verifies(leafHash, head)).as(where).isTrue();

      assertThat(proof.verifies(hasher.leafHash(LEAVES.get((m + 1) % MAX)), head))
          .as(where + " with another leaf")
          .isFalse();
      assertThat(proof.verifies(leafHash, new TreeHead(head.size(), TreeHasher.EMPTY_ROOT)))
          .as(where + " against another root")
          .isFalse();
      for (long otherIndex : new long[] {m - 1L, m + 1L, m ^ 2L}) {
        if (otherIndex >= 0 && otherIndex != m) {
          InclusionProof moved =
              new InclusionProof(LeafIndex.of(otherIndex), head.size(), proof.hashes());
          assertThat(moved.verifies(leafHash, head))
              .as(where + " claimed at " + otherIndex)
              .isFalse();
        }
      }
      for (long otherSize : new long[] {n * 2L, n / 2L}) {
        if (otherSize != n && otherSize > 0) {
          TreeHead otherHead = new TreeHead(TreeSize.of(otherSize), head.root());
          InclusionProof resized =
              new InclusionProof(proof.index(), otherHead.size(), proof.hashes());
          assertThat(resized.verifies(leafHash, otherHead))
              .as(where + " in size " + otherSize)
              .isFalse();
        }
      }
      for (int i = 0; i < proof.hashes().size(); i++) {
        assertThat(withFlippedBit(proof, i).verifies(leafHash, head))
            .as(where + " with element " + i + " changed")
            .isFalse();
      }
      if (!proof.hashes().isEmpty()) {
        List<MerkleHash> shorter = proof.hashes().subList(0, proof.hashes().size() - 1);
        assertThat(
                new InclusionProof(proof.index(), proof.treeSize(), shorter)
                    .verifies(leafHash, head))
            .as(where + " truncated")
            .isFalse();
      }
      List<MerkleHash> longer = new ArrayList<>(proof.hashes());
      longer.add(head.root());
      assertThat(
              new InclusionProof(proof.index(), proof.treeSize(), longer).verifies(leafHash, head))
          .as(where + " with a trailing hash")
          .isFalse();
    }
  }

  @ParameterizedTest(name = "second size {0}")
  @MethodSource("sizes")
  void consistencyProofFromEverySmallerSizeIsTheRfcProofAndVerifies(int n) {
    TreeHead later = new TreeHead(TreeSize.of(n), referenceRoot(n));
    for (int m = 1; m <= n; m++) {
      TreeHead earlier = new TreeHead(TreeSize.of(m), referenceRoot(m));
      ConsistencyProof proof = tree.consistencyProof(TreeSize.of(m), TreeSize.of(n));
      String where = "from " + m + " to " + n;

      assertThat(proof.hashes()).as(where).isEqualTo(hashes(Rfc9162Reference.proof(m, prefix(n))));
      assertThat(proof.verifies(earlier, later)).as(where).isTrue();

      if (m < n) {
        TreeHead forked = new TreeHead(earlier.size(), new TreeHasher().leafHash(new byte[] {7}));
        assertThat(proof.verifies(forked, later)).as(where + " from a forked tree").isFalse();
        assertThat(proof.verifies(earlier, new TreeHead(later.size(), earlier.root())))
            .as(where + " to a wrong root")
            .isFalse();
        for (int i = 0; i < proof.hashes().size(); i++) {
          ConsistencyProof changed = withFlippedBit(proof, i);
          assertThat(changed.verifies(earlier, later))
              .as(where + " with element " + i + " changed")
              .isFalse();
        }
        List<MerkleHash> shorter = proof.hashes().subList(0, proof.hashes().size() - 1);
        assertThat(
                new ConsistencyProof(proof.first(), proof.second(), shorter)
                    .verifies(earlier, later))
            .as(where + " truncated")
            .isFalse();
        List<MerkleHash> longer = new ArrayList<>(proof.hashes());
        longer.add(later.root());
        assertThat(
                new ConsistencyProof(proof.first(), proof.second(), longer)
                    .verifies(earlier, later))
            .as(where + " with a trailing hash")
            .isFalse();
        if (m > 1) {
          TreeHead smaller = new TreeHead(TreeSize.of(m - 1), referenceRoot(m - 1));
          ConsistencyProof claimed =
              new ConsistencyProof(smaller.size(), proof.second(), proof.hashes());
          assertThat(claimed.verifies(smaller, later))
              .as(where + " claimed from " + (m - 1))
              .isFalse();
        }
      } else {
        assertThat(proof.hashes()).as(where).isEmpty();
      }
    }
  }

  @Test
  void anEmptyTreeIsConsistentWithEveryTreeAndHasTheHashOfNothingAsRoot() {
    TreeHead empty = tree.head(TreeSize.EMPTY);
    assertThat(empty).isEqualTo(TreeHead.empty());
    ConsistencyProof proof = tree.consistencyProof(TreeSize.EMPTY, TreeSize.of(5));
    assertThat(proof.hashes()).isEmpty();
    assertThat(proof.verifies(empty, tree.head(TreeSize.of(5)))).isTrue();
  }

  @Test
  void integratingInAnyBatchingStoresTheSameRowsOnceEach() {
    Integrator integrator = new Integrator();
    Integration all = integrator.integrateLeaves(CompactRange.empty(), prefix(37));
    Set<SubtreeHash> unique = new HashSet<>(all.newSubtrees());
    // A tree of n leaves has n leaf rows and n - bitCount(n) complete inner nodes.
    assertThat(all.newSubtrees()).hasSize(37 + 37 - Long.bitCount(37)).hasSameSizeAs(unique);

    Integration first = integrator.integrateLeaves(CompactRange.empty(), prefix(20));
    Integration second = integrator.integrateLeaves(first.after(), LEAVES.subList(20, 37));
    Set<SubtreeHash> split = new HashSet<>(first.newSubtrees());
    split.addAll(second.newSubtrees());
    assertThat(split).isEqualTo(unique);
    assertThat(second.after()).isEqualTo(all.after());
    assertThat(second.head().root()).isEqualTo(referenceRoot(37));
    assertThat(second.leavesAdded()).isEqualTo(17);
  }

  @Test
  void aStoreThatKeepsOnlySomeLevelsGivesTheSameAnswers() {
    InMemorySubtreeHashStore sparse = new InMemorySubtreeHashStore(level -> level % 3 == 0);
    sparse.addAll(
        new Integrator().integrateLeaves(CompactRange.empty(), prefix(MAX)).newSubtrees());
    assertThat(sparse.rowCount()).isLessThan(store.rowCount());
    MerkleTree sparseTree = new MerkleTree(sparse);
    for (int n = 1; n <= MAX; n += 7) {
      assertThat(sparseTree.head(TreeSize.of(n))).isEqualTo(tree.head(TreeSize.of(n)));
      for (int m = 0; m < n; m += 3) {
        assertThat(sparseTree.inclusionProof(LeafIndex.of(m), TreeSize.of(n)))
            .isEqualTo(tree.inclusionProof(LeafIndex.of(m), TreeSize.of(n)));
        assertThat(sparseTree.consistencyProof(TreeSize.of(m), TreeSize.of(n)))
            .isEqualTo(tree.consistencyProof(TreeSize.of(m), TreeSize.of(n)));
      }
    }
  }

  @Test
  void askingBeyondTheIntegratedSizeNamesTheMissingSubtree() {
    assertThatThrownBy(() -> tree.head(TreeSize.of(MAX + 1)))
        .isInstanceOf(MissingSubtreeException.class)
        .hasMessageContaining("leaves 64..64");
    assertThatThrownBy(() -> tree.inclusionProof(LeafIndex.of(5), TreeSize.of(5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.consistencyProof(TreeSize.of(6), TreeSize.of(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStoreRefusesToChangeARowItAlreadyHas() {
    InMemorySubtreeHashStore once = new InMemorySubtreeHashStore();
    Subtree leaf = Subtree.leaf(0);
    once.add(new SubtreeHash(leaf, TreeHasher.EMPTY_ROOT));
    once.add(new SubtreeHash(leaf, TreeHasher.EMPTY_ROOT));
    assertThatThrownBy(
            () -> once.add(new SubtreeHash(leaf, new TreeHasher().leafHash(new byte[0]))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fork");
  }

  private static InclusionProof withFlippedBit(InclusionProof proof, int element) {
    return new InclusionProof(proof.index(), proof.treeSize(), flip(proof.hashes(), element));
  }

  private static ConsistencyProof withFlippedBit(ConsistencyProof proof, int element) {
    return new ConsistencyProof(proof.first(), proof.second(), flip(proof.hashes(), element));
  }

  private static List<MerkleHash> flip(List<MerkleHash> hashes, int element) {
    List<MerkleHash> changed = new ArrayList<>(hashes);
    byte[] bytes = changed.get(element).bytes();
    bytes[0] ^= 0x10;
    changed.set(element, MerkleHash.of(bytes));
    return changed;
  }
}
