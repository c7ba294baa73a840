package se.knutpunkt.infrastructure.auditlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.application.audit.LogVerifierKey;
import se.knutpunkt.security.auditlog.checkpoint.Checkpoint;
import se.knutpunkt.security.auditlog.checkpoint.LogOrigin;
import se.knutpunkt.security.auditlog.checkpoint.SignedNote;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;

/**
 * The log's Ed25519 signing key, in a file readable by the server's user only, outside the
 * database: whoever can change audit rows must not be able to sign over them. One key signs one
 * log, so the key is chosen for the database ({@link LogKeyBinding}): a new database's log gets the
 * origin {@code <knutpunkt.audit.origin>/<random id>} and a new key file {@code
 * audit-signing-<origin>.key} in the secrets directory; a database's existing log only its own key.
 * {@code knutpunkt.audit.signing-key-file}, if set, names the file whatever the database.
 *
 * <p>Bound by the {@link Checkpointer} at start, before any request is served.
 */
@ApplicationScoped
public class AuditSigningKey implements LogVerifierKey {

  @Inject
  @ConfigProperty(name = "knutpunkt.secrets.dir")
  String secretsDir;

  @Inject
  @ConfigProperty(name = "knutpunkt.audit.signing-key-file")
  Optional<String> keyFile;

  @Inject
  @ConfigProperty(name = "knutpunkt.audit.origin", defaultValue = "knutpunkt.local/audit")
  String origin;

  private volatile SignerKey key;

  /**
   * Chooses and loads (or, for a new log, makes) the key of the log in the database behind this
   * connection of the schema owner.
   *
   * @throws LogIdentityException if the database's log cannot be signed with a key at hand
   */
  public SignerKey bind(Connection owner) throws SQLException {
    key =
        LogKeyBinding.keyFor(
            LogIdentity.read(owner),
            newestOrigin(owner),
            origin,
            Path.of(secretsDir),
            keyFile.map(Path::of),
            new SecureRandom());
    return key;
  }

  private static Optional<LogOrigin> newestOrigin(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select note from audit_checkpoint order by tree_size desc fetch first 1 rows only");
        ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      return Optional.of(Checkpoint.parse(SignedNote.parse(row.getString(1)).text()).origin());
    }
  }

  public SignerKey signerKey() {
    SignerKey bound = key;
    if (bound == null) {
      throw new IllegalStateException(
          "the audit log has no signing key: the server log says why (LogIdentity)");
    }
    return bound;
  }

  /** What {@code GET /audit/public-key} serves and verifiers pin. */
  @Override
  public VerifierKey verifierKey() {
    return signerKey().verifierKey();
  }
}
