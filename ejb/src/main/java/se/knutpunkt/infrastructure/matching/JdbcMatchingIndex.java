package se.knutpunkt.infrastructure.matching;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import se.knutpunkt.application.misuse.MatchingIndex;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.security.matching.MatchKey;

/**
 * The matching index in table {@code match_index} (V10): a 16-byte key and a UUID per row, in the
 * caller's transaction. Writes to one case are serialised by the case's lock, so an update that
 * finds no row can insert without racing.
 */
@ApplicationScoped
public class JdbcMatchingIndex implements MatchingIndex {

  @Resource(lookup = "jdbc/knutpunkt")
  DataSource dataSource;

  @Override
  public void hold(MatchKey key, CaseId caseId) {
    try (Connection connection = dataSource.getConnection()) {
      int updated;
      try (PreparedStatement more =
          connection.prepareStatement(
              "update match_index set holders = holders + 1 where match_key = ? and case_id = ?")) {
        bind(more, key, caseId);
        updated = more.executeUpdate();
      }
      if (updated == 0) {
        try (PreparedStatement first =
            connection.prepareStatement(
                "insert into match_index (match_key, case_id, holders) values (?, ?, 1)")) {
          bind(first, key, caseId);
          first.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new MatchingStorageException("could not update the matching index", e);
    }
  }

  @Override
  public void release(MatchKey key, CaseId caseId) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement fewer =
          connection.prepareStatement(
              "update match_index set holders = holders - 1"
                  + " where match_key = ? and case_id = ? and holders > 1")) {
        bind(fewer, key, caseId);
        if (fewer.executeUpdate() > 0) {
          return;
        }
      }
      try (PreparedStatement last =
          connection.prepareStatement(
              "delete from match_index where match_key = ? and case_id = ?")) {
        bind(last, key, caseId);
        last.executeUpdate();
      }
    } catch (SQLException e) {
      throw new MatchingStorageException("could not update the matching index", e);
    }
  }

  @Override
  public List<CaseId> casesHolding(MatchKey key) {
    List<CaseId> cases = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement find =
            connection.prepareStatement("select case_id from match_index where match_key = ?")) {
      find.setBytes(1, key.bytes());
      try (ResultSet rows = find.executeQuery()) {
        while (rows.next()) {
          cases.add(CaseId.of(rows.getObject(1, UUID.class).toString()));
        }
      }
    } catch (SQLException e) {
      throw new MatchingStorageException("could not read the matching index", e);
    }
    return cases;
  }

  private static void bind(PreparedStatement statement, MatchKey key, CaseId caseId)
      throws SQLException {
    statement.setBytes(1, key.bytes());
    statement.setObject(2, UUID.fromString(caseId.toString()));
  }
}
