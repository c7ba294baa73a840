package se.knutpunkt.domain.misuse;

import java.util.List;
import java.util.Optional;

public interface DocumentRegistry {

  void record(DocumentExamination examination);

  Optional<DocumentExamination> find(long id);

  /** Every examination of the document with this key, newest first. */
  List<DocumentExamination> examinationsOf(byte[] matchKey);
}
