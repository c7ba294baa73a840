package se.knutpunkt.security.crypto.casekey;

/**
 * The generation of a case's key. It starts at 1 and grows by one whenever a member leaves, so that
 * keys of earlier epochs can be told apart and the departed member gets no later key.
 */
public record CaseKeyEpoch(int number) {
  public CaseKeyEpoch {
    if (number < 1) {
      throw new IllegalArgumentException("case key epochs start at 1, not " + number);
    }
  }

  public static CaseKeyEpoch first() {
    return new CaseKeyEpoch(1);
  }

  public CaseKeyEpoch next() {
    return new CaseKeyEpoch(Math.addExact(number, 1));
  }
}
