import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import se.knutpunkt.security.crypto.FileKey;
import se.knutpunkt.security.crypto.chunked.ChunkedEncryptingOutputStream;
import se.knutpunkt.security.crypto.chunked.Cobblestone256;
import se.knutpunkt.security.crypto.chunked.EncryptionContext;

/**
 * Streaming Cobblestone-256 throughput and memory, run by bench/crypto/run.sh.
 *
 * <p>{@code throughput MiB}: encrypts MiB of data held in memory into a discarding sink, then
 * decrypts the same ciphertext from memory, each after a warm-up; prints bytes/s.
 *
 * <p>{@code stream-file MiB DIR}: encrypts a generated file of MiB to DIR and decrypts it back,
 * through files, and prints the process's peak resident set (VmHWM) and the heap in use.
 */
public final class CryptoBench {
  private static final EncryptionContext CONTEXT = EncryptionContext.of("bench");

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "throughput" -> throughput(Integer.parseInt(args[1]));
      case "stream-file" -> streamFile(Long.parseLong(args[1]), Path.of(args[2]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static void throughput(int mebibytes) throws Exception {
    FileKey key = FileKey.random();
    byte[] block = new byte[1 << 20];
    new Random(1).nextBytes(block);
    long bytes = (long) mebibytes << 20;
    // warm-up: let the JIT compile the AES-GCM intrinsics path
    for (int i = 0; i < 3; i++) {
      encrypt(key, block, 256L << 20, OutputStream.nullOutputStream());
    }
    long start = System.nanoTime();
    encrypt(key, block, bytes, OutputStream.nullOutputStream());
    double encryptSeconds = (System.nanoTime() - start) / 1e9;

    CapturingSink sink = new CapturingSink((int) Cobblestone256.ciphertextLength(bytes));
    encrypt(key, block, bytes, sink);
    byte[] ciphertext = sink.bytes;
    byte[] buffer = new byte[1 << 16];
    for (int i = 0; i < 3; i++) {
      drain(Cobblestone256.decrypting(new ByteArrayInputStream(ciphertext), key, CONTEXT), buffer);
    }
    start = System.nanoTime();
    long plain = drain(Cobblestone256.decrypting(new ByteArrayInputStream(ciphertext), key, CONTEXT), buffer);
    double decryptSeconds = (System.nanoTime() - start) / 1e9;
    if (plain != bytes) {
      throw new IllegalStateException("decrypted " + plain + " of " + bytes);
    }
    System.out.printf(
        "java_encrypt_bytes_per_s=%.0f%njava_decrypt_bytes_per_s=%.0f%n",
        bytes / encryptSeconds, bytes / decryptSeconds);
  }

  private static void streamFile(long mebibytes, Path dir) throws Exception {
    FileKey key = FileKey.random();
    byte[] block = new byte[1 << 20];
    new Random(2).nextBytes(block);
    Path sealed = dir.resolve("bench-" + mebibytes + ".cobblestone");
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(sealed), 1 << 16)) {
      encrypt(key, block, mebibytes << 20, file);
    }
    long plain;
    try (InputStream in =
        Cobblestone256.decrypting(new BufferedInputStream(Files.newInputStream(sealed), 1 << 16), key, CONTEXT)) {
      plain = drain(in, new byte[1 << 16]);
    }
    Files.delete(sealed);
    Runtime runtime = Runtime.getRuntime();
    System.out.printf(
        "streamed_bytes=%d%npeak_rss_kib=%s%nheap_used_kib=%d%nheap_max_kib=%d%n",
        plain,
        Files.readAllLines(Path.of("/proc/self/status")).stream()
            .filter(line -> line.startsWith("VmHWM:"))
            .map(line -> line.replaceAll("\\D", ""))
            .findFirst()
            .orElse("?"),
        (runtime.totalMemory() - runtime.freeMemory()) / 1024,
        runtime.maxMemory() / 1024);
  }

  private static void encrypt(FileKey key, byte[] block, long bytes, OutputStream sink) throws Exception {
    try (ChunkedEncryptingOutputStream out = Cobblestone256.encrypting(sink, key, CONTEXT)) {
      for (long written = 0; written < bytes; written += block.length) {
        out.write(block, 0, (int) Math.min(block.length, bytes - written));
      }
    }
  }

  private static long drain(InputStream in, byte[] buffer) throws Exception {
    long total = 0;
    for (int n; (n = in.read(buffer)) >= 0; ) {
      total += n;
    }
    return total;
  }

  /** A byte-array sink of known size, without ByteArrayOutputStream's doubling copies. */
  private static final class CapturingSink extends OutputStream {
    final byte[] bytes;
    int size;

    CapturingSink(int capacity) {
      bytes = new byte[capacity];
    }

    @Override
    public void write(int b) {
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }
  }
}
