package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import java.util.function.BiConsumer;
import org.oversight.complaint.wire.PreservedFields;

/**
 * The unknown fields one lenient read keeps, in document order, each by its JSON pointer as compact
 * JSON text, at most a maximum of them: the field past it fails the read with its pointer, so that a
 * document full of unknown fields cannot make what is kept outgrow it. Both Jackson modules hand an
 * instance to the decoders as their unknown-field sink.
 *
 * <p>Not thread-safe: one instance per read.
 */
public final class UnknownFields implements BiConsumer<Pointer, CharSequence> {

  private final int max;
  private final PreservedFields.Builder kept = new PreservedFields.Builder();

  /**
   * Starts an empty collection.
   *
   * @param max the most fields kept, positive
   * @throws IllegalArgumentException if max is not positive
   */
  public UnknownFields(int max) {
    if (max <= 0) {
      throw new IllegalArgumentException("max must be positive but was " + max);
    }
    this.max = max;
  }

  /**
   * Keeps one unknown field.
   *
   * @param at the field's pointer, not null
   * @param json the field's value as compact JSON text, not null
   * @throws Failure if the maximum is already kept
   */
  @Override
  public void accept(Pointer at, CharSequence json) {
    if (kept.size() >= max) {
      throw tooMany(max, at).failure();
    }
    kept.add(at.toString(), json);
  }

  /**
   * Returns the most fields kept.
   *
   * @return the maximum, positive
   */
  public int max() {
    return max;
  }

  /**
   * The problem of a read past the maximum of unknown fields.
   *
   * @param max the maximum
   * @param at the pointer of a field past it, not null
   * @return the problem, never null
   */
  static WireProblem tooMany(int max, Pointer at) {
    return new WireProblem("more than " + max + " unknown fields", at, WireProblem.NO_LINE,
        "at most " + max + " unknown fields (ReadLimits.maxUnknownFields)", Option.none(), Option.none());
  }

  /**
   * Returns the fields kept.
   *
   * @return the fields, in document order, never null
   */
  public PreservedFields kept() {
    return kept.build();
  }
}
