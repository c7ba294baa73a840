package se.knutpunkt.security.auditlog.verify;

import java.io.IOException;
import java.io.OutputStream;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;

/**
 * The binary form of a page of {@code GET /audit/leaves} (media type {@value #MEDIA_TYPE}), written
 * by the server and read by verifiers: one record per entry, in index order — {@code 0x01}, a
 * {@code u32} length and the canonical leaf bytes for an entry within the reader's reach, or {@code
 * 0x02} and the entry's 32-byte RFC 9162 leaf hash for one outside it (docs/audit-log.md). Binary
 * because a million entries are ~400 MB of base64 in JSON, and decoding them was a third of the
 * verifier's time.
 */
public final class LeafPageFormat {

  public static final String MEDIA_TYPE = "application/vnd.knutpunkt.audit-leaves.v1";

  private static final int IN_FULL = 0x01;
  private static final int HASH_ONLY = 0x02;

  private LeafPageFormat() {}

  /** What a page's records are handed to, in order; a {@link VerificationRun} is one. */
  public interface Entries {
    void inFull(byte[] leaf);

    /** The leaf hash is {@code buffer[offset..offset+32)}, valid only during the call. */
    void hashOnly(byte[] buffer, int offset);
  }

  /** Feeds a verification run. */
  public static Entries into(VerificationRun run) {
    return new Entries() {
      @Override
      public void inFull(byte[] leaf) {
        run.accept(leaf);
      }

      @Override
      public void hashOnly(byte[] buffer, int offset) {
        run.acceptHashOnly(buffer, offset);
      }
    };
  }

  public static void writeInFull(OutputStream out, byte[] leaf) throws IOException {
    out.write(IN_FULL);
    int n = leaf.length;
    out.write(n >>> 24);
    out.write(n >>> 16);
    out.write(n >>> 8);
    out.write(n);
    out.write(leaf);
  }

  public static void writeHashOnly(OutputStream out, MerkleHash leafHash) throws IOException {
    out.write(HASH_ONLY);
    out.write(leafHash.bytes());
  }

  /**
   * Reads a whole page, handing each record on; returns how many there were. Refuses a page that is
   * not exactly a sequence of records, naming the offset.
   */
  public static int read(byte[] page, Entries entries) {
    int count = 0;
    int i = 0;
    while (i < page.length) {
      int kind = page[i++] & 0xff;
      if (kind == HASH_ONLY) {
        require(page, i, MerkleHash.LENGTH);
        entries.hashOnly(page, i);
        i += MerkleHash.LENGTH;
      } else if (kind == IN_FULL) {
        require(page, i, 4);
        int length =
            (page[i] & 0xff) << 24
                | (page[i + 1] & 0xff) << 16
                | (page[i + 2] & 0xff) << 8
                | page[i + 3] & 0xff;
        i += 4;
        if (length < 0 || length > AuditLeaf.MAX_BYTES) {
          throw new MalformedLeafPageException("a leaf of " + length + " bytes at offset " + i);
        }
        require(page, i, length);
        byte[] leaf = new byte[length];
        System.arraycopy(page, i, leaf, 0, length);
        entries.inFull(leaf);
        i += length;
      } else {
        throw new MalformedLeafPageException("record kind " + kind + " at offset " + (i - 1));
      }
      count++;
    }
    return count;
  }

  private static void require(byte[] page, int at, int length) {
    if (page.length - at < length) {
      throw new MalformedLeafPageException("the page ends inside a record at offset " + at);
    }
  }

  /** A page that is not a sequence of records of this format. */
  public static final class MalformedLeafPageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedLeafPageException(String message) {
      super("not a page of audit leaves: " + message);
    }
  }
}
