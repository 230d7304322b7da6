package org.oversight.complaint.importing;

import io.vavr.control.Either;
import java.util.HashMap;
import java.util.function.Function;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.rules.vocabulary.UnknownTerm;

/**
 * Remembers a vocabulary's answer for each value of one column during one run, so that a value that
 * occurs on every row (a category, a finding) is normalised and looked up once. It holds at most
 * {@value #LIMIT} values and forgets them all when full, so memory stays bounded whatever the file
 * holds. Also the allegation ids {@code A1} to {@code A64}, made once.
 *
 * <p>Not thread-safe: one run, one thread.
 *
 * @param <T> what the column's values map to
 */
final class Memo<T> implements Function<String, Either<UnknownTerm, T>> {
  /** The most values remembered at once. */
  static final int LIMIT = 1024;

  private static final AllegationId[] ALLEGATIONS = new AllegationId[64];

  static {
    for (int i = 0; i < ALLEGATIONS.length; i++) {
      ALLEGATIONS[i] = AllegationId.of("A" + (i + 1));
    }
  }

  private final Function<String, Either<UnknownTerm, T>> lookup;
  private final HashMap<String, Either<UnknownTerm, T>> seen = new HashMap<>();

  Memo(Function<String, Either<UnknownTerm, T>> lookup) {
    this.lookup = lookup;
  }

  @Override
  public Either<UnknownTerm, T> apply(String value) {
    Either<UnknownTerm, T> found = seen.get(value);
    if (found == null) {
      found = lookup.apply(value);
      if (seen.size() >= LIMIT) {
        seen.clear();
      }
      seen.put(value, found);
    }
    return found;
  }

  /** The id of the n-th allegation of a case ({@code A1} for 1). */
  static AllegationId allegation(int n) {
    return n >= 1 && n <= ALLEGATIONS.length ? ALLEGATIONS[n - 1] : AllegationId.of("A" + n);
  }
}
