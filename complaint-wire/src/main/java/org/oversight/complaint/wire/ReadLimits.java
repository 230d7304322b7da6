package org.oversight.complaint.wire;

/**
 * The read limits both Jackson modules' {@code ComplaintJson} set on their parsers (Jackson's
 * {@code StreamReadConstraints}) and on the readers around them, so that a hostile or broken input
 * fails fast with a typed {@code ComplaintJsonException} instead of exhausting memory or stack. One
 * type for complaint-json and complaint-json3: a configuration moves between them unchanged.
 *
 * <p>The defaults ({@link #DEFAULT}) and why:
 * <ul>
 *   <li>{@code maxNestingDepth} = 64: a case document nests at most 6 levels (case, history, event,
 *       allegation, decision); 64 leaves room for wrappers while stopping stack-exhaustion inputs.
 *   <li>{@code maxStringLength} = 100,000 characters: the longest domain text (an incident or
 *       allegation description) is 20,000 characters.
 *   <li>{@code maxNameLength} = 256 characters: field names of the format are short.
 *   <li>{@code maxNumberLength} = 32 digits: the only numbers are versions and positions.
 *   <li>{@code maxDocumentLength} = 16 MiB for a case or event document.
 *   <li>{@code maxLogLength} = 0 (no limit) for an event log read as a stream: a log is read one event
 *       at a time in constant memory, each event bounded by the other limits. Set a positive value
 *       to bound the whole stream.
 *   <li>{@code maxEvents} = 100,000 events in an event log: replay keeps every event of a case (a
 *       realistic case has tens), so an endless log fails at the first event past the limit, with its
 *       line, instead of exhausting the heap.
 *   <li>{@code maxUnknownFields} = 10,000 unknown fields kept by one lenient read: what a newer writer
 *       adds is a few fields per object; more fails at the first field past the limit, with its pointer,
 *       so that a hostile document cannot make the preserved fields outgrow it many times over. An object
 *       with more members than the limit plus 64 (more than any object of the format knows) is refused at
 *       that member while it is read, before the rest of it is. A strict read keeps none: an object with
 *       more than 64 members is refused at its 65th, and an unknown member is refused without its value
 *       being read. A read that drops unknown fields holds no more than the default in one object.
 * </ul>
 *
 * <p>Within the defaults a read costs time linear in the document and memory proportional to it: a
 * 16 MB case document is read in well under a second of CPU time, from the parser's tokens as they come
 * (no tree of any value is built: what is read ahead of its decoder is kept as compact tokens), its
 * history replayed as it is read; whatever its shape, a 16 MB document is read or refused within 64 MB of
 * heap beyond its own bytes; and a lenient read keeps less than ten times the document's size, each kept
 * unknown field a few bytes beyond its characters (see docs/wire-format.md, "Read limits").
 *
 * <p>Document and log lengths are checked by Jackson each time it refills its input buffer, so a
 * read stops within a few KiB after the limit.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects, positive
 * @param maxStringLength the longest string value in characters, positive
 * @param maxNameLength the longest field name in characters, positive
 * @param maxNumberLength the longest number in characters, positive
 * @param maxDocumentLength the longest document in bytes (or characters for text input), positive
 * @param maxLogLength the longest event log in bytes, 0 for no limit, not negative
 * @param maxEvents the most events an event log may hold, positive
 * @param maxUnknownFields the most unknown fields one lenient read keeps, positive
 * @since 0.1
 */
public record ReadLimits(
    int maxNestingDepth,
    int maxStringLength,
    int maxNameLength,
    int maxNumberLength,
    long maxDocumentLength,
    long maxLogLength,
    long maxEvents,
    int maxUnknownFields) {

  /** The documented defaults. */
  public static final ReadLimits DEFAULT = new ReadLimits(64, 100_000, 256, 32, 16L * 1024 * 1024, 0L, 100_000L,
      10_000);

  /**
   * The limits with the default maxima of events and of unknown fields ({@link #DEFAULT}'s).
   *
   * @param maxNestingDepth the deepest nesting of arrays and objects, positive
   * @param maxStringLength the longest string value in characters, positive
   * @param maxNameLength the longest field name in characters, positive
   * @param maxNumberLength the longest number in characters, positive
   * @param maxDocumentLength the longest document in bytes (or characters for text input), positive
   * @param maxLogLength the longest event log in bytes, 0 for no limit, not negative
   * @throws IllegalArgumentException if a limit is out of range
   */
  public ReadLimits(int maxNestingDepth, int maxStringLength, int maxNameLength, int maxNumberLength,
      long maxDocumentLength, long maxLogLength) {
    this(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength, maxLogLength,
        DEFAULT.maxEvents(), DEFAULT.maxUnknownFields());
  }

  /**
   * Returns these limits with another maximum of events in an event log.
   *
   * @param value the most events, positive
   * @return the new limits, never null
   * @throws IllegalArgumentException if value is not positive
   */
  public ReadLimits withMaxEvents(long value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength,
        maxLogLength, value, maxUnknownFields);
  }

  /**
   * Returns these limits with another maximum of unknown fields kept by one lenient read.
   *
   * @param value the most unknown fields, positive
   * @return the new limits, never null
   * @throws IllegalArgumentException if value is not positive
   */
  public ReadLimits withMaxUnknownFields(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength,
        maxLogLength, maxEvents, value);
  }

  /**
   * Validates.
   *
   * @throws IllegalArgumentException if a limit is not positive (or {@code maxLogLength} is negative)
   */
  public ReadLimits {
    positive(maxNestingDepth, "maxNestingDepth");
    positive(maxStringLength, "maxStringLength");
    positive(maxNameLength, "maxNameLength");
    positive(maxNumberLength, "maxNumberLength");
    positive(maxDocumentLength, "maxDocumentLength");
    positive(maxEvents, "maxEvents");
    positive(maxUnknownFields, "maxUnknownFields");
    if (maxLogLength < 0) {
      throw new IllegalArgumentException("maxLogLength must not be negative but was " + maxLogLength);
    }
  }

  private static void positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive but was " + value);
    }
  }
}
