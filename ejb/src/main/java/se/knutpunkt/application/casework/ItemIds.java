package se.knutpunkt.application.casework;

import java.security.SecureRandom;

/**
 * Ids of new items: ten random letters and digits, short enough for a path and too many to guess or
 * collide (36^10). They say nothing of the item, its case or when it was made.
 */
final class ItemIds {

  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int LENGTH = 10;

  private ItemIds() {}

  static String next() {
    char[] id = new char[LENGTH];
    // a letter first, so that an id is never read as a number
    id[0] = ALPHABET[RANDOM.nextInt(26)];
    for (int i = 1; i < LENGTH; i++) {
      id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(id);
  }
}
