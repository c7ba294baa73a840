package se.knutpunkt.security.auditlog.merkle;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/** A {@link SubtreeHashStore} in memory, for tests and tools. Refuses to change a stored hash. */
public final class InMemorySubtreeHashStore implements SubtreeHashStore {

  private final Map<Subtree, MerkleHash> hashes = new ConcurrentHashMap<>();
  private final IntPredicate keepsLevel;

  /** Keeps every level. */
  public InMemorySubtreeHashStore() {
    this(level -> true);
  }

  /** Keeps only the levels this accepts (always level 0), like a store that saves space. */
  public InMemorySubtreeHashStore(IntPredicate keepsLevel) {
    this.keepsLevel = level -> level == 0 || keepsLevel.test(level);
  }

  public void add(SubtreeHash row) {
    if (!keepsLevel.test(row.level())) {
      return;
    }
    MerkleHash before = hashes.putIfAbsent(row.subtree(), row.hash());
    if (before != null && !before.equals(row.hash())) {
      throw new IllegalStateException(
          row.subtree() + " is stored with another hash: the log would fork");
    }
  }

  public void addAll(Collection<SubtreeHash> rows) {
    rows.forEach(this::add);
  }

  /** Overwrites a row, as an attacker with database access could; for tamper tests only. */
  public void overwrite(Subtree subtree, MerkleHash hash) {
    hashes.put(subtree, hash);
  }

  public int rowCount() {
    return hashes.size();
  }

  @Override
  public Optional<MerkleHash> find(Subtree subtree) {
    return Optional.ofNullable(hashes.get(subtree));
  }
}
