package se.knutpunkt.infrastructure.auditlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.Subtree;
import se.knutpunkt.security.auditlog.merkle.SubtreeHashStore;
import se.knutpunkt.security.auditlog.merkle.TreeHasher;

/**
 * The stored subtree hashes read in aligned blocks of {@value #BLOCK} neighbours and kept, for many
 * proofs in a row (an export: one proof per entry). Entries next to each other share most of their
 * proofs' subtrees, and the rest lie in the same blocks, so an export of consecutive entries reads
 * about one block per {@value #BLOCK} entries instead of several queries per entry.
 *
 * <p>The levels the table leaves out (see {@link JdbcSubtreeHashStore}) are made here from the
 * stored level below and kept too, so each is hashed once for the whole export rather than once per
 * proof that needs it.
 *
 * <p>Only subtrees below a signed checkpoint's size are ever asked for, and those rows were
 * committed before the checkpoint was signed; so a block read once stays true. Holds at most
 * {@value #MAX_BLOCKS} blocks, the least recently used dropped first.
 */
final class BlockReadingSubtreeHashStore implements SubtreeHashStore {

  static final int BLOCK = 64;
  private static final int MAX_BLOCKS = 1024;
  private static final int BLOCKS_PER_QUERY = 32;

  private record Block(int level, long number) {}

  private final Connection connection;
  private final Map<Block, Map<Long, MerkleHash>> blocks =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Block, Map<Long, MerkleHash>> eldest) {
          return size() > MAX_BLOCKS;
        }
      };
  private final Map<Subtree, MerkleHash> derived =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Subtree, MerkleHash> eldest) {
          return size() > MAX_BLOCKS * BLOCK;
        }
      };
  private final TreeHasher hasher = new TreeHasher();
  private long queries;

  BlockReadingSubtreeHashStore(Connection connection) {
    this.connection = connection;
  }

  /** How many queries this store has made, for measuring. */
  long queries() {
    return queries;
  }

  @Override
  public Optional<MerkleHash> find(Subtree subtree) {
    return Optional.ofNullable(findAll(List.of(subtree)).get(subtree));
  }

  @Override
  public Map<Subtree, MerkleHash> findAll(Collection<Subtree> subtrees) {
    Set<Block> missing = new LinkedHashSet<>();
    for (Subtree subtree : subtrees) {
      Block block = blockOf(keptBelow(subtree));
      // get, not containsKey: a block in use becomes the most recently used, so loading the
      // missing ones cannot drop it
      if (blocks.get(block) == null) {
        missing.add(block);
      }
    }
    load(new ArrayList<>(missing));
    Map<Subtree, MerkleHash> found = new HashMap<>();
    for (Subtree subtree : subtrees) {
      MerkleHash hash = hashOf(subtree);
      if (hash != null) {
        found.put(subtree, hash);
      }
    }
    return found;
  }

  /**
   * A stored subtree from its block; one of a level the table leaves out from its two children,
   * down to the stored level below (within one block, as blocks are aligned), kept once made.
   */
  private MerkleHash hashOf(Subtree subtree) {
    if (JdbcSubtreeHashStore.keeps(subtree.level())) {
      Map<Long, MerkleHash> block = blocks.get(blockOf(subtree));
      return block == null ? null : block.get(subtree.index());
    }
    MerkleHash known = derived.get(subtree);
    if (known != null) {
      return known;
    }
    MerkleHash left = hashOf(subtree.left());
    MerkleHash right = left == null ? null : hashOf(subtree.right());
    if (right == null) {
      return null;
    }
    MerkleHash hash = hasher.nodeHash(left, right);
    derived.put(subtree, hash);
    return hash;
  }

  /** The first of the stored subtrees below {@code subtree} that make it up. */
  private static Subtree keptBelow(Subtree subtree) {
    int level = subtree.level();
    while (!JdbcSubtreeHashStore.keeps(level)) {
      level--;
    }
    return new Subtree(level, subtree.index() << (subtree.level() - level));
  }

  private static Block blockOf(Subtree subtree) {
    return new Block(subtree.level(), subtree.index() / BLOCK);
  }

  /** One query per {@value #BLOCKS_PER_QUERY} blocks, each an index range scan of the key. */
  private void load(List<Block> missing) {
    for (int from = 0; from < missing.size(); from += BLOCKS_PER_QUERY) {
      List<Block> chunk = missing.subList(from, Math.min(missing.size(), from + BLOCKS_PER_QUERY));
      String sql =
          String.join(
              " union all ",
              Collections.nCopies(
                  chunk.size(),
                  "select level, idx, hash from audit_subtree"
                      + " where level = ? and idx >= ? and idx < ?"));
      Map<Block, Map<Long, MerkleHash>> read = new HashMap<>();
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        int parameter = 1;
        for (Block block : chunk) {
          read.put(block, new HashMap<>());
          query.setInt(parameter++, block.level());
          query.setLong(parameter++, block.number() * BLOCK);
          query.setLong(parameter++, (block.number() + 1) * BLOCK);
        }
        queries++;
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            int level = rows.getInt(1);
            long index = rows.getLong(2);
            read.get(new Block(level, index / BLOCK)).put(index, MerkleHash.of(rows.getBytes(3)));
          }
        }
      } catch (SQLException e) {
        throw new AuditStorageException("cannot read the audit log's subtree hashes", e);
      }
      blocks.putAll(read);
    }
  }
}
