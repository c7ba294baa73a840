package se.knutpunkt.security.auditlog.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published RFC 6962 test vectors (the eight CT test leaves, their tree heads and known proofs;
 * see the resource file for the source): what any other implementation computes, ours must compute
 * too.
 */
class Rfc6962VectorsTest {

  private static final List<byte[]> leaves = new ArrayList<>();
  private static final Map<Integer, MerkleHash> roots = new HashMap<>();
  private static final List<String[]> inclusions = new ArrayList<>();
  private static final List<String[]> consistencies = new ArrayList<>();
  private static MerkleTree tree;

  @BeforeAll
  static void readVectors() throws IOException {
    try (InputStream in =
        Rfc6962VectorsTest.class.getResourceAsStream("/auditlog/rfc6962-vectors.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.trim().split(" +");
        switch (f[0]) {
          case "leaf" -> leaves.add(f[1].equals("-") ? new byte[0] : HexFormat.of().parseHex(f[1]));
          case "root" -> roots.put(Integer.parseInt(f[1]), MerkleHash.fromHex(f[2]));
          case "inclusion" -> inclusions.add(f);
          case "consistency" -> consistencies.add(f);
          default -> throw new IllegalStateException("unknown vector line: " + line);
        }
      }
    }
    InMemorySubtreeHashStore store = new InMemorySubtreeHashStore();
    store.addAll(new Integrator().integrateLeaves(CompactRange.empty(), leaves).newSubtrees());
    tree = new MerkleTree(store);
  }

  private static List<MerkleHash> hashesFrom(String[] fields, int first) {
    return Arrays.stream(fields).skip(first).map(MerkleHash::fromHex).toList();
  }

  @Test
  void treeHeadsOfEveryPrefixAreThePublishedOnes() {
    assertThat(leaves).hasSize(8);
    assertThat(roots).hasSize(9);
    assertThat(TreeHasher.EMPTY_ROOT).isEqualTo(roots.get(0));
    TreeFrontier frontier = new TreeFrontier();
    for (int n = 1; n <= 8; n++) {
      frontier.appendLeaf(leaves.get(n - 1));
      assertThat(frontier.root()).as("size %d", n).isEqualTo(roots.get(n));
      assertThat(tree.head(TreeSize.of(n)).root()).as("stored, size %d", n).isEqualTo(roots.get(n));
    }
  }

  @Test
  void inclusionProofsAreThePublishedOnesAndVerify() {
    assertThat(inclusions).hasSize(5);
    TreeHasher hasher = new TreeHasher();
    for (String[] v : inclusions) {
      int index = Integer.parseInt(v[1]);
      int size = Integer.parseInt(v[2]);
      InclusionProof expected =
          new InclusionProof(LeafIndex.of(index), TreeSize.of(size), hashesFrom(v, 3));
      assertThat(tree.inclusionProof(LeafIndex.of(index), TreeSize.of(size))).isEqualTo(expected);
      TreeHead head = new TreeHead(TreeSize.of(size), roots.get(size));
      assertThat(expected.verifies(hasher.leafHash(leaves.get(index)), head))
          .as("leaf %d of %d", index, size)
          .isTrue();
    }
  }

  @Test
  void consistencyProofsAreThePublishedOnesAndVerify() {
    assertThat(consistencies).hasSize(5);
    for (String[] v : consistencies) {
      int first = Integer.parseInt(v[1]);
      int second = Integer.parseInt(v[2]);
      ConsistencyProof expected =
          new ConsistencyProof(TreeSize.of(first), TreeSize.of(second), hashesFrom(v, 3));
      assertThat(tree.consistencyProof(TreeSize.of(first), TreeSize.of(second)))
          .isEqualTo(expected);
      assertThat(
              expected.verifies(
                  new TreeHead(TreeSize.of(first), roots.get(first)),
                  new TreeHead(TreeSize.of(second), roots.get(second))))
          .as("%d to %d", first, second)
          .isTrue();
    }
  }
}
