package se.knutpunkt.application.testing;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.misuse.MisuseFlag;
import se.knutpunkt.domain.misuse.MisuseFlagRepository;

/** Flags kept in a list, ids given as a sequence would, for tests without a database. */
public final class InMemoryMisuseFlags implements MisuseFlagRepository {

  private final List<MisuseFlag> flags = new ArrayList<>();
  private long nextId = 1;

  @Override
  public void store(MisuseFlag flag) {
    try {
      Field id = MisuseFlag.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(flag, nextId++);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    flags.add(flag);
  }

  @Override
  public Optional<MisuseFlag> find(long id) {
    return flags.stream().filter(f -> f.id() == id).findFirst();
  }

  @Override
  public Optional<MisuseFlag> ofAgency(byte[] matchKey, AgencyCode agency) {
    return flags.stream()
        .filter(f -> Arrays.equals(f.matchKey(), matchKey) && f.agency().equals(agency))
        .findFirst();
  }

  @Override
  public List<MisuseFlag> inForce(Collection<byte[]> matchKeys) {
    return flags.stream()
        .filter(
            f -> f.inForce() && matchKeys.stream().anyMatch(k -> Arrays.equals(f.matchKey(), k)))
        .sorted(Comparator.comparing(MisuseFlag::flaggedAt))
        .toList();
  }

  @Override
  public List<MisuseFlag> ofAgency(AgencyCode agency, int limit) {
    return flags.stream().filter(f -> f.agency().equals(agency)).limit(limit).toList();
  }
}
