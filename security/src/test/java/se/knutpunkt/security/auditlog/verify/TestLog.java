package se.knutpunkt.security.auditlog.verify;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.security.auditlog.checkpoint.Checkpoint;
import se.knutpunkt.security.auditlog.checkpoint.KeyName;
import se.knutpunkt.security.auditlog.checkpoint.LogOrigin;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.leaf.Actor;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditDetails;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.auditlog.leaf.AuditResource;
import se.knutpunkt.security.auditlog.merkle.CompactRange;
import se.knutpunkt.security.auditlog.merkle.InMemorySubtreeHashStore;
import se.knutpunkt.security.auditlog.merkle.Integration;
import se.knutpunkt.security.auditlog.merkle.Integrator;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.auditlog.merkle.MerkleTree;
import se.knutpunkt.security.auditlog.merkle.TreeSize;

/**
 * A log as the server keeps it — leaf rows, subtree rows, a signing key — driven the way the
 * checkpointer drives the core, so tests can tamper with its rows like a database superuser.
 */
final class TestLog {

  static final KeyName NAME = KeyName.of("knutpunkt.test/audit");
  static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

  final SignerKey key;
  final List<byte[]> leaves = new ArrayList<>();
  final InMemorySubtreeHashStore store = new InMemorySubtreeHashStore();
  private CompactRange range = CompactRange.empty();

  TestLog(SignerKey key) {
    this.key = key;
  }

  static TestLog withEntries(int count) {
    TestLog log = new TestLog(SignerKey.generate(NAME, new SecureRandom()));
    log.append(count);
    return log;
  }

  static AuditEvent event(long i) {
    return new AuditEvent(
        START.plusMillis(i * 37),
        Actor.of(i % 3 == 0 ? "anna.pmy" : "maria.mig", i % 3 == 0 ? "PMY" : "MIG"),
        AuditAction.of(i % 5 == 0 ? "field.write" : "case.read"),
        i % 11 == 0 ? AuditOutcome.DENY : AuditOutcome.PERMIT,
        i % 11 == 0 ? "NOT_A_MEMBER" : "MEMBER_OF_CASE",
        AuditResource.ofCase("c0ffee00-0000-4000-8000-" + String.format("%012d", i % 97), "PMY")
            .withField("persons", "persons.p" + (i % 7) + ".name"),
        Optional.of("req-" + i),
        Optional.of("127.0.0." + (i % 200 + 1)),
        i % 5 == 0
            ? AuditDetails.of("old", "hmac-sha256:old" + i).with("new", "hmac-sha256:new" + i)
            : AuditDetails.NONE);
  }

  /** Writes and integrates more entries, as the writer and the checkpointer would. */
  void append(int count) {
    List<byte[]> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      batch.add(event(leaves.size() + i).atIndex(LeafIndex.of(leaves.size() + i)).encode());
    }
    Integration integration = new Integrator().integrateLeaves(range, batch);
    store.addAll(integration.newSubtrees());
    range = integration.after();
    leaves.addAll(batch);
  }

  /**
   * Another history of {@code size} entries signed with the same key, differing at {@code changed}:
   * what a log that forked (or rewrote its past and re-signed) would show.
   */
  TestLog forkedAt(int size, int changed) {
    TestLog fork = new TestLog(key);
    List<byte[]> history = new ArrayList<>(leaves.subList(0, size));
    history.set(changed, edited(changed, "FORKED_" + changed));
    Integration integration = new Integrator().integrateLeaves(CompactRange.empty(), history);
    fork.store.addAll(integration.newSubtrees());
    fork.range = integration.after();
    fork.leaves.addAll(history);
    return fork;
  }

  String checkpoint() {
    return checkpoint(leaves.size());
  }

  /** A checkpoint of a past size, signed now: as if the checkpointer had signed it back then. */
  String checkpoint(long size) {
    Checkpoint body =
        new Checkpoint(LogOrigin.of(NAME), new MerkleTree(store).head(TreeSize.of(size)));
    return SignedCheckpoint.sign(body, key).text();
  }

  /** A copy of the leaf rows, to tamper with. */
  List<byte[]> rows() {
    return new ArrayList<>(leaves);
  }

  /** The leaf at {@code index} with one field edited and its index kept: an edited row. */
  byte[] edited(int index, String newReason) {
    AuditLeaf leaf = AuditLeaf.decode(leaves.get(index));
    AuditEvent e = leaf.event();
    return new AuditEvent(
            e.at(),
            e.actor(),
            e.action(),
            e.outcome(),
            newReason,
            e.resource(),
            e.requestId(),
            e.clientAddress(),
            e.details())
        .atIndex(leaf.index())
        .encode();
  }
}
