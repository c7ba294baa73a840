package se.knutpunkt.application.testing;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.misuse.DocumentExamination;
import se.knutpunkt.domain.misuse.DocumentRegistry;

/** Examinations kept in a list, ids given as a sequence would, for tests without a database. */
public final class InMemoryDocumentRegistry implements DocumentRegistry {

  private final List<DocumentExamination> examinations = new ArrayList<>();
  private long nextId = 1;

  @Override
  public void record(DocumentExamination examination) {
    try {
      Field id = DocumentExamination.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(examination, nextId++);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    examinations.add(examination);
  }

  @Override
  public Optional<DocumentExamination> find(long id) {
    return examinations.stream().filter(e -> e.id() == id).findFirst();
  }

  @Override
  public List<DocumentExamination> examinationsOf(byte[] matchKey) {
    return examinations.stream()
        .filter(e -> Arrays.equals(e.matchKey(), matchKey))
        .sorted(Comparator.comparing(DocumentExamination::id).reversed())
        .toList();
  }
}
