package org.oversight.complaint.wire.contract;

import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.wire.AudienceView;
import org.oversight.complaint.wire.Preserved;
import org.oversight.complaint.wire.ReadLimits;

/**
 * One Jackson module's {@code ComplaintJson}, as the contracts both modules' tests share see it. The two
 * modules' classes have the same API shape over different Jackson types and no common supertype, so this
 * calls them by name: each module's tests extend a contract and hand it their {@code ComplaintJson}, and a
 * behaviour both promise is written once and checked in each.
 */
public final class JsonUnderTest {

  /** An open event-log reader of the module ({@code EventLogReader}). */
  public static final class Log implements Closeable {
    private final Object reader;

    private Log(Object reader) {
      this.reader = reader;
    }

    /**
     * Tells whether another event follows.
     *
     * @return true if {@link #next()} has an event
     * @throws IOException the module's typed error, or the stream's own failure
     */
    public boolean hasNext() throws IOException {
      return (Boolean) call(reader, "hasNext");
    }

    /**
     * Returns the next event.
     *
     * @return the event
     * @throws IOException the module's typed error, or the stream's own failure
     */
    public CaseEvent next() throws IOException {
      return (CaseEvent) call(reader, "next");
    }

    @Override
    public void close() throws IOException {
      call(reader, "close");
    }
  }

  /**
   * What the module's {@code ComplaintJsonException} says, in terms both modules share.
   *
   * @param problem what is wrong
   * @param pointer the JSON pointer as text, empty for the root
   * @param line the NDJSON line, or -1
   * @param expected what was expected
   * @param message the whole message
   * @param rejected true if it carries the core's rejection
   * @param cause the cause, null if none
   * @param located true if it carries the parser's location
   */
  public record Reported(String problem, String pointer, long line, String expected, String message,
      boolean rejected, Throwable cause, boolean located) {}

  private final Object json;

  private JsonUnderTest(Object json) {
    this.json = json;
  }

  /**
   * Wraps a module's {@code ComplaintJson}.
   *
   * @param complaintJson the instance, of either module
   * @return the module under test
   */
  public static JsonUnderTest of(Object complaintJson) {
    return new JsonUnderTest(complaintJson);
  }

  private static Object call(Object target, String name, Object... args) throws IOException {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length && accepts(m, args)) {
        try {
          return m.invoke(target, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof IOException io) {
            throw io;
          }
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError(target.getClass() + " has no method " + name + " for these arguments");
  }

  private static boolean accepts(Method m, Object[] args) {
    for (int i = 0; i < args.length; i++) {
      if (!MethodType.methodType(m.getParameterTypes()[i]).wrap().returnType().isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static Object unchecked(Object target, String name, Object... args) {
    try {
      return call(target, name, args);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Returns the module's {@code ComplaintJson} with other read limits.
   *
   * @param limits the limits
   * @return the module under test with those limits
   */
  public JsonUnderTest withLimits(ReadLimits limits) {
    try {
      Object builder = json.getClass().getMethod("builder").invoke(null);
      return of(unchecked(unchecked(builder, "readLimits", limits), "build"));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Returns the module's {@code ComplaintJson} that pretty-prints, as the golden files are laid out.
   *
   * @return the module under test, pretty-printing
   */
  public JsonUnderTest pretty() {
    try {
      Object builder = json.getClass().getMethod("builder").invoke(null);
      return of(unchecked(unchecked(builder, "prettyPrint", true), "build"));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  public ReadLimits limits() {
    return (ReadLimits) unchecked(json, "limits");
  }

  public byte[] writeCase(ComplaintCase complaint) {
    return (byte[]) unchecked(json, "writeCase", complaint);
  }

  public byte[] writeEvent(CaseEvent event) {
    return (byte[]) unchecked(json, "writeEvent", event);
  }

  public byte[] writeNdjson(ComplaintCase complaint) {
    return (byte[]) unchecked(json, "writeNdjson", complaint);
  }

  /**
   * Writes events as one JSON array.
   *
   * @param events the events
   * @return the array's bytes
   */
  public byte[] writeEventArray(Iterable<? extends CaseEvent> events) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    unchecked(json, "writeEventArray", events, out);
    return out.toByteArray();
  }

  public byte[] write(Preserved<?> preserved) {
    return (byte[]) unchecked(json, "write", preserved);
  }

  public byte[] writeView(ComplaintCase complaint, AudienceView view) {
    return (byte[]) unchecked(json, "writeView", complaint, view);
  }

  /**
   * Writes any value of the wire format through the module's configured mapper.
   *
   * @param value the value
   * @return its JSON
   */
  public byte[] writeValue(Object value) {
    return (byte[]) unchecked(unchecked(json, "mapper"), "writeValueAsBytes", value);
  }

  /**
   * Calls one of the module's typed readers ({@code readAssessment}, {@code readRefusal}, …).
   *
   * @param <T> the read type
   * @param reader the reader's name
   * @param bytes the document
   * @return the value read
   * @throws IOException the module's typed error
   */
  @SuppressWarnings("unchecked")
  public <T> T read(String reader, byte[] bytes) throws IOException {
    return (T) call(json, reader, (Object) bytes);
  }

  public ComplaintCase readCase(byte[] bytes) throws IOException {
    return (ComplaintCase) call(json, "readCase", (Object) bytes);
  }

  public ComplaintCase readCase(String text) throws IOException {
    return (ComplaintCase) call(json, "readCase", text);
  }

  public CaseEvent readEvent(byte[] bytes) throws IOException {
    return (CaseEvent) call(json, "readEvent", (Object) bytes);
  }

  @SuppressWarnings("unchecked")
  public Preserved<ComplaintCase> readCaseLenient(byte[] bytes) throws IOException {
    return (Preserved<ComplaintCase>) call(json, "readCaseLenient", (Object) bytes);
  }

  @SuppressWarnings("unchecked")
  public Preserved<CaseEvent> readEventLenient(byte[] bytes) throws IOException {
    return (Preserved<CaseEvent>) call(json, "readEventLenient", (Object) bytes);
  }

  public Log readNdjson(InputStream in) throws IOException {
    return new Log(call(json, "readNdjson", in));
  }

  public Log readEventArray(InputStream in) throws IOException {
    return new Log(call(json, "readEventArray", in));
  }

  public ComplaintCase replay(Log log) throws IOException {
    return (ComplaintCase) call(json, "replay", log.reader);
  }

  /**
   * Reads the module's typed error.
   *
   * @param thrown what a read threw
   * @return its report, none if it is not a {@code ComplaintJsonException}
   */
  public Option<Reported> reported(Throwable thrown) {
    if (thrown == null || !thrown.getClass().getSimpleName().equals("ComplaintJsonException")) {
      return Option.none();
    }
    return Option.some(new Reported((String) unchecked(thrown, "problem"), unchecked(thrown, "pointer").toString(),
        (Long) unchecked(thrown, "line"), (String) unchecked(thrown, "expected"), thrown.getMessage(),
        ((Option<?>) unchecked(thrown, "rejection")).isDefined(), thrown.getCause(),
        unchecked(thrown, "getLocation") != null));
  }
}
