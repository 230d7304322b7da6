package org.oversight.complaint.json.deser;

import io.vavr.collection.Seq;
import org.oversight.complaint.rules.Warning;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link Warning} from its object through the {@code Warning} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WarningDeserializer extends WireDeserializer<Warning> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final WarningDeserializer INSTANCE = new WarningDeserializer();

  private WarningDeserializer() {
    super(Warning.class);
  }

  @Override
  Warning read(Node node) {
    return from(node);
  }

  static Warning from(Node n) {
    n.object("a warning");
    String key = n.field("key", "a message key").text("a message key");
    Seq<String> args = n.field("args", "message arguments").elements("message arguments").map(x -> x.text("a message argument"));
    n.done();
    return n.build(() -> new Warning(key, args), "warning");
  }
}
