package se.knutpunkt.domain.event;

import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.marking.ClassificationLevel;

/**
 * An event that made a new version of one value of a case: written, removed, or an item's record
 * added or removed. Whoever follows the case (its open pages) hears of each; the value itself is
 * read again through the gate for each of them.
 */
public sealed interface ValueChange extends CaseEvent
    permits FieldWritten, ValueRemoved, ItemAdded, ItemRemoved {

  FieldPath path();

  long version();

  ClassificationLevel level();
}
