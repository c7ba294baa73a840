package se.knutpunkt.infrastructure.auditlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.security.auditlog.checkpoint.LogOrigin;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;

/**
 * Which log a database holds (table {@code audit_log_identity}, migration V14): its origin and the
 * verifier key of the one key that signs it, recorded with the log's first checkpoint.
 */
public record LogIdentity(LogOrigin origin, VerifierKey verifierKey) {

  public LogIdentity {
    Objects.requireNonNull(origin);
    Objects.requireNonNull(verifierKey);
  }

  public static LogIdentity of(SignerKey key) {
    return new LogIdentity(LogOrigin.of(key.name()), key.verifierKey());
  }

  /** Whether this key is the one that signs this log. */
  public boolean isSignedBy(SignerKey key) {
    return origin.value().equals(key.name().value()) && verifierKey.equals(key.verifierKey());
  }

  static Optional<LogIdentity> read(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select origin, verifier_key from audit_log_identity where id = 1");
        ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new LogIdentity(LogOrigin.of(row.getString(1)), VerifierKey.parse(row.getString(2))));
    }
  }

  void insert(Connection connection, Instant at) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into audit_log_identity (id, origin, verifier_key, recorded_at)"
                + " values (1, ?, ?, ?)")) {
      insert.setString(1, origin.value());
      insert.setString(2, verifierKey.encoded());
      insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }
}
