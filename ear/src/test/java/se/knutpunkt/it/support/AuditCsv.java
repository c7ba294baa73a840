package se.knutpunkt.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An audit export as a court receives it (ADR 0012), read as the file's own comments say: the
 * signed note between {@code # checkpoint:} and {@code # end of checkpoint}, one line a comment
 * line; the verifier key; the tree size; the rows; the closing line.
 */
public record AuditCsv(
    String note, String verifierKey, long treeSize, List<CSVRecord> rows, String lastLine) {

  public static AuditCsv parse(String body) throws IOException {
    List<String> lines = Arrays.asList(body.split("\r\n", -1));
    if (!lines.get(lines.size() - 1).isEmpty()) {
      throw new AssertionError("the file does not end with a line end");
    }
    StringBuilder note = new StringBuilder();
    String key = null;
    long size = -1;
    boolean inNote = false;
    for (String line : lines) {
      if (!line.startsWith("# ")) {
        break;
      }
      String text = line.substring(2);
      if (text.equals("end of checkpoint")) {
        inNote = false;
      } else if (inNote) {
        note.append(text).append('\n');
      } else if (text.equals("checkpoint:")) {
        inNote = true;
      } else if (text.startsWith("verifier-key: ")) {
        key = text.substring("verifier-key: ".length());
      } else if (text.startsWith("tree-size: ")) {
        size = Long.parseLong(text.substring("tree-size: ".length()));
      }
    }
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(body))
            .getRecords();
    return new AuditCsv(note.toString(), key, size, rows, lines.get(lines.size() - 2));
  }

  public static List<byte[]> proofOf(CSVRecord row) {
    String hashes = row.get("inclusion_proof");
    return hashes.isEmpty()
        ? List.of()
        : Arrays.stream(hashes.split(" ")).map(Base64.getDecoder()::decode).toList();
  }

  /**
   * Whether the checkpoint is signed by {@code publishedKey} and every row's leaf is in its tree,
   * checked with the JDK only ({@link OutsideVerifier}).
   */
  public boolean verifiesOutside(String publishedKey) throws Exception {
    OutsideVerifier.Checkpoint checkpoint = OutsideVerifier.open(note, publishedKey);
    if (checkpoint.size() != treeSize) {
      return false;
    }
    for (CSVRecord row : rows) {
      byte[] leaf = Base64.getDecoder().decode(row.get("leaf"));
      if (!OutsideVerifier.includes(
          Long.parseLong(row.get("index")),
          treeSize,
          OutsideVerifier.leafHash(leaf),
          proofOf(row),
          checkpoint.root())) {
        return false;
      }
    }
    return true;
  }
}
