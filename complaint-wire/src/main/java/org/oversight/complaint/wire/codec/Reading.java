package org.oversight.complaint.wire.codec;

import java.util.function.BiConsumer;

/**
 * How one read treats what it does not know: fail on unknown fields (the default), or hand each
 * one to a sink so that a lenient caller can keep it.
 *
 * @param failOnUnknown true to fail on the first unknown field
 * @param unknownSink receives each unknown field's pointer and value, as compact JSON text, when not failing;
 *     null to drop them
 */
public record Reading(boolean failOnUnknown, BiConsumer<Pointer, CharSequence> unknownSink) {

  /**
   * Reports an unknown field, or fails.
   *
   * @param at the field's pointer, not null
   * @param value the field's value, not null
   * @param known the field names known at that place, for the message, not null
   */
  void unknown(Pointer at, WireValue value, String known) {
    refuseIfStrict(at, known);
    if (unknownSink != null) {
      unknownSink.accept(at, value.toJson());
    }
  }

  /**
   * Reports an unknown field whose value was recorded as tokens, or fails.
   *
   * @param at the field's pointer, not null
   * @param value the field's value, not null
   * @param known the field names known at that place, for the message, not null
   */
  void unknown(Pointer at, TokenTape value, String known) {
    refuseIfStrict(at, known);
    if (unknownSink != null) {
      // handed over as it is written: a large value is not copied once more into a string
      unknownSink.accept(at, value.appendJson(new StringBuilder(value.byteLength() + 16), Integer.MAX_VALUE));
    }
  }

  private void refuseIfStrict(Pointer at, String known) {
    if (failOnUnknown) {
      throw Node.failure(this, "unknown field '" + at.lastProperty() + "'", at,
          "only the fields " + known + " (enable lenient reading to keep unknown fields)", null);
    }
  }
}
