package org.oversight.complaint.json3;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.DisclosedCase;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.PatternFlag;
import org.oversight.complaint.rules.Refusal;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.json3.internal.CodecDeserializer;
import org.oversight.complaint.json3.internal.JacksonOut;
import org.oversight.complaint.wire.codec.InputProblems;
import org.oversight.complaint.wire.codec.Pointer;
import org.oversight.complaint.wire.codec.ViewWriter;
import org.oversight.complaint.wire.codec.UnknownFields;
import org.oversight.complaint.wire.AudienceView;
import org.oversight.complaint.wire.ComplaintFeature;
import org.oversight.complaint.wire.Preserved;
import org.oversight.complaint.wire.ReadLimits;

/**
 * Reads and writes complaint cases, events and event logs in the wire format of
 * {@link ComplaintModule}, with read limits, one error type and lenient reading.
 *
 * <pre>{@code
 * ComplaintJson json = ComplaintJson.standard();
 * byte[] bytes = json.writeCase(complaint);
 * ComplaintCase back = json.readCase(bytes);              // equals complaint
 * json.writeNdjson(complaint.history(), out);              // one event per line
 * ComplaintCase replayed = json.replay(json.readNdjson(in)); // equals complaint
 * }</pre>
 *
 * <p>Every read fails with a {@link ComplaintJsonException} (a Jackson {@code DatabindException})
 * that names the JSON pointer, the NDJSON line where there is one, and what was expected; never
 * with a {@code NullPointerException} or an exception from inside Jackson (undecodable bytes
 * included). Only a failure of a caller's {@code InputStream} itself is passed on unchanged.
 *
 * <p>Unknown fields fail by default, naming them. {@link #readCaseLenient} and
 * {@link #readEventLenient} keep them instead, and {@link #write(Preserved)} puts them back, so a
 * document from a newer producer survives a round trip through this reader.
 *
 * <p>Output is UTF-8, compact by default, or pretty-printed with {@code \n} line ends (the same on
 * every platform) when built with {@link Builder#prettyPrint(boolean)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ComplaintJson {

  private static final ComplaintJson STANDARD = builder().build();

  private final ObjectMapper documents;
  private final ObjectMapper logs;
  private final ObjectWriter writer;
  private final ReadLimits limits;

  private ComplaintJson(Builder b) {
    this.limits = b.limits;
    this.documents = mapper(b, constraints(b.limits, b.limits.maxDocumentLength()));
    // Jackson treats a non-positive document length as "no limit", ReadLimits a log length of 0.
    this.logs = mapper(b, constraints(b.limits, b.limits.maxLogLength() == 0 ? -1L : b.limits.maxLogLength()));
    ObjectWriter w = documents.writer();
    if (b.pretty) {
      // Jackson 2's layout, byte for byte: "name" : value, empty arrays and objects as [ ] and { }.
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      Separators separators = Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.BOTH)
          .withObjectEmptySeparator(" ")
          .withArrayEmptySeparator(" ");
      w = w.with(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
    }
    this.writer = w;
  }

  private static tools.jackson.core.StreamReadConstraints constraints(ReadLimits limits, long documentLength) {
    return tools.jackson.core.StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxNameLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(documentLength)
        .build();
  }

  private static ObjectMapper mapper(Builder b, tools.jackson.core.StreamReadConstraints constraints) {
    ComplaintModule module = new ComplaintModule();
    for (ComplaintFeature f : ComplaintFeature.values()) {
      if (b.features.getOrElse(f, f.enabledByDefault())) {
        module.enable(f);
      } else {
        module.disable(f);
      }
    }
    // Characters outside the BMP (emoji in a description) are written as one 4-byte UTF-8 sequence,
    // not as an escaped surrogate pair, so that the bytes are plain UTF-8 text.
    // A duplicate key is refused by the codec's tree builder (the same words in both Jackson modules):
    // last-one-wins would let a second "type" turn a Withdrawn into a Closed.
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints)
        .enable(tools.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    return JsonMapper.builder(factory)
        .addModule(module)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }

  /**
   * Returns the instance with every default: {@link ReadLimits#DEFAULT}, the
   * {@link ComplaintFeature} defaults, compact output.
   *
   * @return the instance, never null
   */
  public static ComplaintJson standard() {
    return STANDARD;
  }

  /**
   * Starts a configuration.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the read limits in force.
   *
   * @return the limits, never null
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Returns a copy of the configured mapper (module registered, read limits set) for uses this
   * class does not cover.
   *
   * @return a new mapper, never null
   */
  public ObjectMapper mapper() {
    return documents.rebuild().build();
  }

  // ------------------------------------------------------------------ documents

  /**
   * Writes a case document.
   *
   * @param complaint the case, not null
   * @return UTF-8 JSON, never null
   * @throws NullPointerException if complaint is null
   */
  public byte[] writeCase(ComplaintCase complaint) {
    return bytes(Objects.requireNonNull(complaint, "complaint is null"));
  }

  /**
   * Writes one event as a document.
   *
   * @param event the event, not null
   * @return UTF-8 JSON, never null
   * @throws NullPointerException if event is null
   */
  public byte[] writeEvent(CaseEvent event) {
    return bytes(Objects.requireNonNull(event, "event is null"));
  }

  /**
   * Writes a rejection as a document.
   *
   * @param rejection the rejection, not null
   * @return UTF-8 JSON, never null
   * @throws NullPointerException if rejection is null
   */
  public byte[] writeRejection(Rejection rejection) {
    return bytes(Objects.requireNonNull(rejection, "rejection is null"));
  }

  /**
   * Writes what an audience may see of a case, as the rule pack's disclosure policy projected it
   * ({@code DisclosurePolicy.disclose}): the policy decides, this only renders, so what the audience
   * may not see is absent from the bytes. Views are for reading by people and other systems; they are
   * not case documents and cannot be read back into a case.
   *
   * @param view the projected case, not null
   * @return UTF-8 JSON, never null
   * @throws NullPointerException if view is null
   */
  public byte[] writeView(DisclosedCase view) {
    Objects.requireNonNull(view, "view is null");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator gen = writer.createGenerator(out)) {
      ViewWriter.write(view, new JacksonOut(gen));
    } catch (IOException | JacksonException e) {
      throw new IllegalStateException("bug: writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a case for an audience: {@link #writeView(DisclosedCase)} of the view's policy's projection.
   *
   * @param complaint the case, not null
   * @param view the audience, policy and viewing party, not null
   * @return UTF-8 JSON, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the viewing party is not a party of the case in the view's role
   *     (a complainant for the complainant view, a subject for the subject view)
   */
  public byte[] writeView(ComplaintCase complaint, AudienceView view) {
    Objects.requireNonNull(complaint, "complaint is null");
    Objects.requireNonNull(view, "view is null");
    return writeView(view.disclose(complaint));
  }

  /**
   * Writes a leniently read value back with the unknown fields it was read with, each at its
   * pointer (appended after the known fields of its object).
   *
   * @param preserved the value and its unknown fields, not null
   * @return UTF-8 JSON, never null
   * @throws NullPointerException if preserved is null
   */
  public byte[] write(Preserved<?> preserved) {
    Objects.requireNonNull(preserved, "preserved is null");
    JsonNode tree = documents.valueToTree(preserved.value());
    for (Tuple2<String, String> field : preserved.unknownFields()) {
      JsonPointer at = JsonPointer.compile(field._1);
      JsonNode parent = tree.at(at.head());
      String name = at.last().getMatchingProperty();
      if (parent instanceof ObjectNode && !parent.has(name)) {
        try {
          ((ObjectNode) parent).set(name, documents.readTree(field._2));
        } catch (JacksonException e) {
          throw new IllegalStateException("bug: a kept unknown field is not JSON: " + field._1, e);
        }
      }
    }
    return bytes(tree);
  }

  private byte[] bytes(Object value) {
    try {
      return writer.writeValueAsBytes(value);
    } catch (JacksonException e) {
      // Writing to memory fails only on a bug (a value type without serializer).
      throw new IllegalStateException("bug: writing " + value.getClass().getName() + " failed", e);
    }
  }

  /**
   * Reads a case document by replaying its history through the core.
   *
   * @param json the document, UTF-8/16/32 bytes, not null
   * @return the case, never null
   * @throws ComplaintJsonException if the input is not a valid case document
   * @throws NullPointerException if json is null
   */
  public ComplaintCase readCase(byte[] json) throws ComplaintJsonException {
    return readDocument(ComplaintCase.class, Objects.requireNonNull(json, "json is null"), null);
  }

  /**
   * Reads a case document from text.
   *
   * @param json the document, not null
   * @return the case, never null
   * @throws ComplaintJsonException if the input is not a valid case document
   * @throws NullPointerException if json is null
   */
  public ComplaintCase readCase(String json) throws ComplaintJsonException {
    return readCase(Objects.requireNonNull(json, "json is null").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a case document, keeping unknown fields instead of failing on them.
   *
   * @param json the document, not null
   * @return the case and its unknown fields, never null
   * @throws ComplaintJsonException if the input is not a valid case document
   * @throws NullPointerException if json is null
   */
  public Preserved<ComplaintCase> readCaseLenient(byte[] json) throws ComplaintJsonException {
    return lenient(ComplaintCase.class, Objects.requireNonNull(json, "json is null"));
  }

  /**
   * Reads one event document. Whether the event may follow a case's history is for
   * {@link ComplaintCase#apply(CaseEvent)} to say.
   *
   * @param json the document, not null
   * @return the event, never null
   * @throws ComplaintJsonException if the input is not a valid event
   * @throws NullPointerException if json is null
   */
  public CaseEvent readEvent(byte[] json) throws ComplaintJsonException {
    return readDocument(CaseEvent.class, Objects.requireNonNull(json, "json is null"), null);
  }

  /**
   * Reads one event document, keeping unknown fields instead of failing on them.
   *
   * @param json the document, not null
   * @return the event and its unknown fields, never null
   * @throws ComplaintJsonException if the input is not a valid event
   * @throws NullPointerException if json is null
   */
  public Preserved<CaseEvent> readEventLenient(byte[] json) throws ComplaintJsonException {
    return lenient(CaseEvent.class, Objects.requireNonNull(json, "json is null"));
  }

  /**
   * Reads a rejection document.
   *
   * @param json the document, not null
   * @return the rejection, never null
   * @throws ComplaintJsonException if the input is not a valid rejection
   * @throws NullPointerException if json is null
   */
  public Rejection readRejection(byte[] json) throws ComplaintJsonException {
    return readDocument(Rejection.class, Objects.requireNonNull(json, "json is null"), null);
  }

  /**
   * Reads an assessment (a rule pack's {@code assess} result) document.
   *
   * @param json the document, not null
   * @return the value, never null
   * @throws ComplaintJsonException if the input is not a valid assessment, naming the JSON pointer
   * @throws NullPointerException if json is null
   */
  public Assessment readAssessment(byte[] json) throws ComplaintJsonException {
    return readDocument(Assessment.class, Objects.requireNonNull(json, "json is null"), null);
  }

  /**
   * Reads an obligation document.
   *
   * @param json the document, not null
   * @return the value, never null
   * @throws ComplaintJsonException if the input is not a valid obligation, naming the JSON pointer
   * @throws NullPointerException if json is null
   */
  public Obligation readObligation(byte[] json) throws ComplaintJsonException {
    return readDocument(Obligation.class, Objects.requireNonNull(json, "json is null"), null);
  }

  /**
   * Reads a refusal document.
   *
   * @param json the document, not null
   * @return the value, never null
   * @throws ComplaintJsonException if the input is not a valid refusal, naming the JSON pointer
   * @throws NullPointerException if json is null
   */
  public Refusal readRefusal(byte[] json) throws ComplaintJsonException {
    return readDocument(Refusal.class, Objects.requireNonNull(json, "json is null"), null);
  }

  /**
   * Reads a pattern flag document.
   *
   * @param json the document, not null
   * @return the value, never null
   * @throws ComplaintJsonException if the input is not a valid pattern flag, naming the JSON pointer
   * @throws NullPointerException if json is null
   */
  public PatternFlag readPatternFlag(byte[] json) throws ComplaintJsonException {
    return readDocument(PatternFlag.class, Objects.requireNonNull(json, "json is null"), null);
  }

  /**
   * Reads a disclosure policy document.
   *
   * @param json the document, not null
   * @return the value, never null
   * @throws ComplaintJsonException if the input is not a valid disclosure policy, naming the JSON pointer
   * @throws NullPointerException if json is null
   */
  public DisclosurePolicy readDisclosurePolicy(byte[] json) throws ComplaintJsonException {
    return readDocument(DisclosurePolicy.class, Objects.requireNonNull(json, "json is null"), null);
  }

  private <T> Preserved<T> lenient(Class<T> type, byte[] json) throws ComplaintJsonException {
    UnknownFields unknown = new UnknownFields(limits.maxUnknownFields());
    T value = readDocument(type, json, unknown);
    return new Preserved<>(value, unknown.kept());
  }


  private <T> T readDocument(Class<T> type, byte[] json, BiConsumer<Pointer, CharSequence> sink)
      throws ComplaintJsonException {
    JsonParser p = null;
    try {
      p = documents.createParser(json);
      // Trailing content is this class's check below, in the same words in both Jackson modules.
      ObjectReader r = documents.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
      if (sink != null) {
        r = r.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).withAttribute(CodecDeserializer.UNKNOWN_FIELDS, sink);
      }
      T value = r.readValue(p);
      if (value == null) {
        throw CodecDeserializer.exception(InputProblems.foundNull(), p, p.currentTokenLocation());
      }
      if (p.nextToken() != null) {
        throw CodecDeserializer.exception(InputProblems.contentAfterDocument(), p, p.currentTokenLocation());
      }
      return value;
    } catch (JacksonException e) {
      throw convertInMemory(e, p);
    } finally {
      closeQuietly(p);
    }
  }

  private static ComplaintJsonException convertInMemory(JacksonException e, JsonParser p) {
    try {
      return Errors.convert(e, p, ComplaintJsonException.NO_LINE, false);
    } catch (IOException impossible) {
      throw new UncheckedIOException("bug: in-memory input reported a stream failure", impossible);
    }
  }

  private static void closeQuietly(JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (JacksonException ignored) {
        // Closing an in-memory parser cannot fail in a way that matters to the reader's result.
      }
    }
  }

  // ------------------------------------------------------------------ event logs

  /**
   * Writes events as one JSON array, streaming (one event in memory at a time).
   *
   * @param events the events, not null, no null elements
   * @param out where to write, not null, left open
   * @throws IOException if writing to out fails
   * @throws NullPointerException if an argument or an event is null
   */
  public void writeEventArray(Iterable<? extends CaseEvent> events, OutputStream out) throws IOException {
    Objects.requireNonNull(events, "events is null");
    Objects.requireNonNull(out, "out is null");
    try (JsonGenerator gen = documents.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out)) {
      gen.writeStartArray();
      for (CaseEvent e : events) {
        documents.writeValue(gen, Objects.requireNonNull(e, "event is null"));
      }
      gen.writeEndArray();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes events as NDJSON: one compact event per line, each line ending in {@code \n}.
   *
   * @param events the events, not null, no null elements
   * @param out where to write, not null, left open
   * @throws IOException if writing to out fails
   * @throws NullPointerException if an argument or an event is null
   */
  public void writeNdjson(Iterable<? extends CaseEvent> events, OutputStream out) throws IOException {
    Objects.requireNonNull(events, "events is null");
    Objects.requireNonNull(out, "out is null");
    ObjectWriter compact = documents.writer();
    for (CaseEvent e : events) {
      out.write(compact.writeValueAsBytes(Objects.requireNonNull(e, "event is null")));
      out.write('\n');
    }
    out.flush();
  }

  /**
   * Writes a case's history as NDJSON.
   *
   * @param complaint the case, not null
   * @return the NDJSON bytes, never null
   * @throws NullPointerException if complaint is null
   */
  public byte[] writeNdjson(ComplaintCase complaint) {
    Objects.requireNonNull(complaint, "complaint is null");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeNdjson(complaint.history(), out);
    } catch (IOException e) {
      throw new UncheckedIOException("bug: writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Opens a streaming reader over a JSON array of events.
   *
   * @param in the input, not null; closed when the reader is closed
   * @return the reader, never null
   * @throws ComplaintJsonException if the input cannot even be opened as JSON
   * @throws IOException if reading in fails
   * @throws NullPointerException if in is null
   */
  public EventLogReader readEventArray(InputStream in) throws IOException {
    return open(Objects.requireNonNull(in, "in is null"), false);
  }

  /**
   * Opens a streaming reader over NDJSON events (one per line).
   *
   * @param in the input, not null; closed when the reader is closed
   * @return the reader, never null
   * @throws ComplaintJsonException if the input cannot even be opened as JSON
   * @throws IOException if reading in fails
   * @throws NullPointerException if in is null
   */
  public EventLogReader readNdjson(InputStream in) throws IOException {
    return open(Objects.requireNonNull(in, "in is null"), true);
  }

  private EventLogReader open(InputStream in, boolean ndjson) throws IOException {
    JsonParser p = null;
    try {
      p = logs.createParser(in);
    } catch (JacksonException e) {
      throw Errors.convert(e, p, ComplaintJsonException.NO_LINE, true);
    }
    // Root-level values are read one by one; trailing-token checks do not apply inside a log.
    ObjectReader r = logs.readerFor(CaseEvent.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return new EventLogReader(p, r, ndjson, true, limits.maxEvents());
  }

  /**
   * Replays the events of a log through the core, reading them one at a time, and closes the reader.
   *
   * @param log the reader, not null
   * @return the case, never null
   * @throws ComplaintJsonException if an event cannot be read, or the core refuses it (then
   *     {@link ComplaintJsonException#rejection()} holds the core's rejection and the error names the
   *     event's line or array index)
   * @throws IOException if the underlying stream fails
   * @throws NullPointerException if log is null
   */
  public ComplaintCase replay(EventLogReader log) throws IOException {
    Objects.requireNonNull(log, "log is null");
    try (EventLogReader events = log) {
      return events.replay();
    }
  }

  /**
   * Configures a {@link ComplaintJson}. Not thread-safe; the built instance is.
   *
   * @since 0.1
   */
  public static final class Builder {

    private ReadLimits limits = ReadLimits.DEFAULT;
    private Map<ComplaintFeature, Boolean> features = LinkedHashMap.empty();
    private boolean pretty;

    private Builder() {}

    /**
     * Sets the read limits (default {@link ReadLimits#DEFAULT}).
     *
     * @param value the limits, not null
     * @return this builder, never null
     * @throws NullPointerException if value is null
     */
    public Builder readLimits(ReadLimits value) {
      this.limits = Objects.requireNonNull(value, "value is null");
      return this;
    }

    /**
     * Enables or disables a module feature (default: the feature's own).
     *
     * @param feature the feature, not null
     * @param enabled true to enable
     * @return this builder, never null
     * @throws NullPointerException if feature is null
     */
    public Builder feature(ComplaintFeature feature, boolean enabled) {
      features = features.put(Objects.requireNonNull(feature, "feature is null"), enabled);
      return this;
    }

    /**
     * Pretty-prints documents with two-space indents and {@code \n} line ends (default: compact).
     * NDJSON is always compact.
     *
     * @param value true to pretty-print
     * @return this builder, never null
     */
    public Builder prettyPrint(boolean value) {
      this.pretty = value;
      return this;
    }

    /**
     * Builds.
     *
     * @return the configured instance, never null
     */
    public ComplaintJson build() {
      return new ComplaintJson(this);
    }
  }
}
