package se.knutpunkt.security.auditlog.checkpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.TreeHead;
import se.knutpunkt.security.auditlog.merkle.TreeSize;

/**
 * A C2SP tlog-checkpoint body: the origin, the tree size in decimal, the base64 root hash, then
 * optional extension lines, each ending in a newline. Signed, it is a {@link SignedCheckpoint}.
 */
public record Checkpoint(LogOrigin origin, TreeHead head, List<String> extensions) {

  private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]*");

  public Checkpoint {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(head, "head");
    extensions = List.copyOf(extensions);
    for (String extension : extensions) {
      if (extension.isEmpty() || extension.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw new MalformedNoteException("an extension line is non-empty, one line of text");
      }
    }
  }

  public Checkpoint(LogOrigin origin, TreeHead head) {
    this(origin, head, List.of());
  }

  public TreeSize size() {
    return head.size();
  }

  public MerkleHash root() {
    return head.root();
  }

  /** The note text to sign. */
  public String body() {
    StringBuilder body =
        new StringBuilder()
            .append(origin.value())
            .append('\n')
            .append(head.size().value())
            .append('\n')
            .append(head.root().base64())
            .append('\n');
    extensions.forEach(extension -> body.append(extension).append('\n'));
    return body.toString();
  }

  public static Checkpoint parse(String body) {
    if (body == null || !body.endsWith("\n")) {
      throw new MalformedNoteException("a checkpoint body ends with a newline");
    }
    List<String> lines = Arrays.asList(body.substring(0, body.length() - 1).split("\n", -1));
    if (lines.size() < 3) {
      throw new MalformedNoteException("a checkpoint has an origin, a size and a root hash");
    }
    LogOrigin origin = LogOrigin.of(lines.get(0));
    String size = lines.get(1);
    if (!DECIMAL.matcher(size).matches() || size.length() > 19) {
      throw new MalformedNoteException(
          "a checkpoint size is a decimal without leading zeros: '" + size + "'");
    }
    long leaves;
    try {
      leaves = Long.parseLong(size);
    } catch (NumberFormatException e) {
      throw new MalformedNoteException("a checkpoint size beyond 2^63: '" + size + "'", e);
    }
    MerkleHash root;
    try {
      root = MerkleHash.fromBase64(lines.get(2));
    } catch (IllegalArgumentException e) {
      throw new MalformedNoteException(
          "a checkpoint root is the base64 of 32 bytes: " + e.getMessage(), e);
    }
    List<String> extensions = new ArrayList<>(lines.subList(3, lines.size()));
    return new Checkpoint(origin, new TreeHead(TreeSize.of(leaves), root), extensions);
  }

  @Override
  public String toString() {
    return body();
  }
}
