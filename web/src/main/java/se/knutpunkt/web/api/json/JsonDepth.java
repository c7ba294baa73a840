package se.knutpunkt.web.api.json;

/**
 * How deeply a JSON text nests objects and arrays, counted on the raw bytes before any parser sees
 * them: the parser recurses per level, so a body nested thousands deep would exhaust its stack.
 */
final class JsonDepth {

  private JsonDepth() {}

  /** The deepest nesting in {@code json}, stopping early once it passes {@code limit}. */
  static int of(byte[] json, int limit) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++; // whatever is escaped cannot end the string
        } else if (b == '"') {
          inString = false;
        }
        continue;
      }
      switch (b) {
        case '"' -> inString = true;
        case '{', '[' -> {
          depth++;
          if (depth > deepest) {
            deepest = depth;
            if (deepest > limit) {
              return deepest;
            }
          }
        }
        case '}', ']' -> depth--;
        default -> {}
      }
    }
    return deepest;
  }
}
