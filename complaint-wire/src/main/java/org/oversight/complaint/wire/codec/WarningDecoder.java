package org.oversight.complaint.wire.codec;

import io.vavr.collection.Seq;
import org.oversight.complaint.rules.Warning;

/**
 * Reads {@link Warning} from its object through the {@code Warning} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WarningDecoder extends WireDecoder<Warning> {

  /** The instance. */
  public static final WarningDecoder INSTANCE = new WarningDecoder();

  private WarningDecoder() {
    super(Warning.class);
  }

  @Override
  Warning read(Node node) {
    return from(node);
  }

  static Warning from(Node n) {
    n.object("a warning");
    String key = n.field("key", "a message key").text("a message key");
    Seq<String> args = n.field("args", "message arguments").elements("message arguments", x -> x.text("a message argument"));
    n.done();
    return n.build(() -> new Warning(key, args), "warning");
  }
}
