package se.knutpunkt.domain.misuse;

import java.util.List;

public interface DocumentRegistry {

  void record(DocumentExamination examination);

  /** Every examination of the document with this key, newest first. */
  List<DocumentExamination> examinationsOf(byte[] matchKey);
}
