package se.knutpunkt.domain.casefile;

import java.util.Objects;

/** One version of one value of a case: what a disclosure releases, exactly. */
public record ValueVersion(FieldPath path, long version) {

  public ValueVersion {
    Objects.requireNonNull(path, "path");
    if (version < 1) {
      throw new IllegalArgumentException("versions count from 1");
    }
  }

  @Override
  public String toString() {
    return path + "@" + version;
  }
}
