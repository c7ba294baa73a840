package se.knutpunkt.security.auditlog.merkle;

/** Storage lacks a hash the tree needs: asked beyond the integrated size, or rows were lost. */
public class MissingSubtreeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Subtree subtree;

  public MissingSubtreeException(Subtree subtree) {
    super("no stored hash for " + subtree + ", nor for the leaves under it");
    this.subtree = subtree;
  }

  public Subtree subtree() {
    return subtree;
  }
}
