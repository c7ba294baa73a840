package se.knutpunkt.security.auditlog.verify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import se.knutpunkt.security.auditlog.checkpoint.MalformedNoteException;
import se.knutpunkt.security.auditlog.checkpoint.NoteVerificationException;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;

/**
 * What a verifier keeps between runs: the newest signed checkpoint it verified, and a fingerprint
 * of every entry it checked under it — the first 8 bytes of each leaf hash, 8 MB per million
 * entries. With them the next run names the exact entry that changed since, which a root alone
 * cannot do; the full-strength check is still the root against the signed checkpoint.
 *
 * <p>File format: the magic {@code KPAUDVS1}, the checkpoint note as u32 length and UTF-8, the
 * entry count as u64 (equal to the checkpoint size), one big-endian u64 per entry, and a SHA-256 of
 * all that, which catches a damaged file (the file is the auditor's own; it is not a defence
 * against someone who can write to it).
 */
public final class RememberedLog {

  private static final byte[] MAGIC = "KPAUDVS1".getBytes(StandardCharsets.US_ASCII);

  private final SignedCheckpoint checkpoint;
  private final long[] fingerprints;

  RememberedLog(SignedCheckpoint checkpoint, long[] fingerprints) {
    this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
    if (fingerprints.length != checkpoint.checkpoint().size().value()) {
      throw new IllegalArgumentException(
          "one fingerprint per entry: "
              + fingerprints.length
              + " for a checkpoint of size "
              + checkpoint.checkpoint().size());
    }
    this.fingerprints = fingerprints;
  }

  public SignedCheckpoint checkpoint() {
    return checkpoint;
  }

  public long size() {
    return fingerprints.length;
  }

  long fingerprint(long index) {
    return fingerprints[(int) index];
  }

  long[] fingerprints() {
    return fingerprints;
  }

  /** Writes the state to {@code file} atomically: a crash leaves the old state or the new. */
  public void save(Path file) {
    Path directory = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, ".audit-verify-", ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temporary)) {
          write(out);
        }
        Files.move(
            temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new RememberedLogException("cannot save the verifier state to " + file + ": " + e, e);
    }
  }

  /**
   * Reads a state saved by {@link #save}; its checkpoint must verify with {@code key}.
   *
   * @throws RememberedLogException if the file is unreadable, damaged, or not of this log
   */
  public static RememberedLog load(Path file, VerifierKey key) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, key);
    } catch (IOException e) {
      throw new RememberedLogException("cannot read the verifier state " + file + ": " + e, e);
    }
  }

  public void write(OutputStream target) throws IOException {
    MessageDigest sha256 = sha256();
    DataOutputStream out =
        new DataOutputStream(
            new DigestOutputStream(new java.io.BufferedOutputStream(target, 1 << 16), sha256));
    out.write(MAGIC);
    byte[] note = checkpoint.text().getBytes(StandardCharsets.UTF_8);
    out.writeInt(note.length);
    out.write(note);
    out.writeLong(fingerprints.length);
    for (long fingerprint : fingerprints) {
      out.writeLong(fingerprint);
    }
    out.flush();
    byte[] digest = sha256.digest();
    target.write(digest);
    target.flush();
  }

  public static RememberedLog read(InputStream source, VerifierKey key) throws IOException {
    MessageDigest sha256 = sha256();
    DataInputStream in =
        new DataInputStream(
            new DigestInputStream(new java.io.BufferedInputStream(source, 1 << 16), sha256));
    try {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new RememberedLogException("not a verifier state file of this version");
      }
      int noteLength = in.readInt();
      if (noteLength <= 0 || noteLength > 1 << 20) {
        throw new RememberedLogException("the verifier state is damaged (checkpoint length)");
      }
      String note = new String(in.readNBytes(noteLength), StandardCharsets.UTF_8);
      long count = in.readLong();
      if (count < 0 || count > Integer.MAX_VALUE - 8) {
        throw new RememberedLogException("the verifier state is damaged (entry count)");
      }
      long[] fingerprints = new long[(int) count];
      for (int i = 0; i < fingerprints.length; i++) {
        fingerprints[i] = in.readLong();
      }
      byte[] expected = sha256.digest();
      byte[] stored = new byte[expected.length];
      in.readFully(stored);
      if (!MessageDigest.isEqual(expected, stored)) {
        throw new RememberedLogException("the verifier state is damaged (checksum)");
      }
      SignedCheckpoint checkpoint;
      try {
        checkpoint = SignedCheckpoint.open(note, key);
      } catch (MalformedNoteException | NoteVerificationException e) {
        throw new RememberedLogException(
            "the remembered checkpoint does not verify with " + key.name() + ": " + e.getMessage(),
            e);
      }
      try {
        return new RememberedLog(checkpoint, fingerprints);
      } catch (IllegalArgumentException e) {
        throw new RememberedLogException("the verifier state is damaged: " + e.getMessage(), e);
      }
    } catch (EOFException e) {
      throw new RememberedLogException("the verifier state is cut short", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
