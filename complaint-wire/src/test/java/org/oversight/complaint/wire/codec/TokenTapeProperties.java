package org.oversight.complaint.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A token tape gives back exactly the value it recorded: replayed as tokens, read by position, or written
 * as JSON text, whatever the value's strings hold (unpaired surrogates, every length of text); and recording
 * refuses what building a tree refuses, at the same pointer.
 */
class TokenTapeProperties {

  private static final Reading STRICT = new Reading(true, null);

  // A random JSON value from a seed: up to four levels, texts of every length class (the short form below
  // eight characters, a one-byte length below 128, longer), any UTF-16 unit, numbers of both kinds.
  private static WireValue value(Random random, int depth) {
    int kind = random.nextInt(depth >= 4 ? 5 : 7);
    return switch (kind) {
      case 0 -> new WireValue.Str(text(random));
      case 1 -> new WireValue.Num(Long.toString(random.nextLong() >> random.nextInt(64)), true);
      case 2 -> new WireValue.Num(random.nextInt(1000) + "." + random.nextInt(1000) + "e" + (random.nextInt(41) - 20),
          false);
      case 3 -> new WireValue.Bool(random.nextBoolean());
      case 4 -> new WireValue.Null();
      case 5 -> {
        List<WireValue> elements = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
          elements.add(value(random, depth + 1));
        }
        yield new WireValue.Arr(elements);
      }
      default -> {
        Map<String, WireValue> fields = new LinkedHashMap<>();
        for (int i = random.nextInt(6); i > 0; i--) {
          fields.put(text(random), value(random, depth + 1));
        }
        yield new WireValue.Obj(fields);
      }
    };
  }

  private static String text(Random random) {
    int length = new int[] {0, 1, 7, 8, 127, 128, 300}[random.nextInt(7)];
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int range = random.nextInt(4);
      out.append((char) (range == 0 ? random.nextInt(0x80) : range == 1 ? random.nextInt(0x800)
          : range == 2 ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x10000)));
    }
    return out.toString();
  }

  private static WireValue replay(TokenTape tape) throws IOException {
    return TreeBuilder.read(tape.reader(Pointer.root()), Pointer.root(), STRICT);
  }

  @Test
  void aTapeReplaysReadsByPositionAndWritesExactlyTheValueItRecorded() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      WireValue value = value(new Random(seed), 0);
      try {
        TokenTape tape = TokenTape.of(value);
        TokenTape recorded = TokenTape.record(tape.reader(Pointer.root()), Pointer.root(), STRICT);

        assertThat(replay(tape)).isEqualTo(value);
        assertThat(replay(recorded)).isEqualTo(value);
        assertThat(recorded.appendJson(new StringBuilder(), Integer.MAX_VALUE).toString()).isEqualTo(value.toJson());
        assertThat(recorded.byteLength()).isEqualTo(tape.byteLength());
        if (value instanceof WireValue.Obj o) {
          List<String> names = new ArrayList<>();
          TokenTape.IntList positions = new TokenTape.IntList();
          recorded.members(recorded.start(), names, positions);
          assertThat(names).containsExactlyElementsOf(o.fields().keySet());
          for (int i = 0; i < names.size(); i++) {
            assertThat(replay(recorded.slice(positions.get(i)))).isEqualTo(o.fields().get(names.get(i)));
          }
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void aTextOnATapeEqualsExactlyTheTextsThatAreEqualToIt() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      String text = text(random);
      // the same text, one character changed, one more or one less, or any other text
      String other = switch (random.nextInt(5)) {
        case 0 -> text;
        case 1 -> text.isEmpty() ? "x" : text.substring(0, text.length() - 1)
            + (char) (text.charAt(text.length() - 1) ^ 1 << random.nextInt(16));
        case 2 -> text + (char) random.nextInt(0x10000);
        case 3 -> text.isEmpty() ? "" : text.substring(1);
        default -> text(random);
      };
      TokenTape tape = TokenTape.of(new WireValue.Str(text));

      assertThat(tape.textEquals(tape.start(), other)).as("%s vs %s", text, other).isEqualTo(text.equals(other));
      assertThat(tape.text(tape.start())).isEqualTo(text);
    });
  }

  @Test
  void aRecordedObjectHoldsItsMembersAndPlaceholdersAndRefusesARepeatedName() throws IOException {
    TokenTape.Recorder recorder = new TokenTape.Recorder(STRICT);
    recorder.startObject(Pointer.parse("/case"));
    recorder.name("history");
    recorder.emptyArray();
    recorder.name("x");
    recorder.nullValue();
    recorder.check("y");
    recorder.name("n");
    recorder.value(TokenTape.of(new WireValue.Num("12", true)).reader(Pointer.root()), Pointer.parse("/case/n"));
    recorder.endObject();

    Failure repeated = catchThrowableOfType(Failure.class, () -> recorder.check("x"));

    Map<String, WireValue> expected = new LinkedHashMap<>();
    expected.put("history", new WireValue.Arr(List.of()));
    expected.put("x", new WireValue.Null());
    expected.put("n", new WireValue.Num("12", true));
    assertThat(replay(recorder.tape())).isEqualTo(new WireValue.Obj(expected));
    assertThat(repeated.problem().problem()).isEqualTo("duplicate field 'x'");
    assertThat(repeated.problem().pointer().toString()).isEqualTo("/case/x");
  }

  @Test
  void aReaderSkipsAContainerToItsEndAndThenEnds() throws IOException {
    WireValue value = new WireValue.Arr(List.of(new WireValue.Obj(Map.of("a", new WireValue.Arr(List.of()))),
        new WireValue.Str("a text longer than eight characters")));
    TokenSource reader = TokenTape.of(value).reader(Pointer.root());

    assertThat(reader.next()).isEqualTo(TokenSource.Kind.START_OBJECT);
    reader.skipChildren();
    assertThat(reader.current()).isEqualTo(TokenSource.Kind.END_OBJECT);
    assertThat(reader.next()).isEqualTo(TokenSource.Kind.STRING);
    assertThat(reader.text()).isEqualTo("a text longer than eight characters");
    assertThat(reader.next()).isEqualTo(TokenSource.Kind.END_ARRAY);
    assertThat(reader.next()).isNull();
  }

  /** A source that gives the tokens it is told, then the end of the input. */
  private static final class Script implements TokenSource {
    private final Object[] tokens;
    private int at;

    // each token a Kind, or a String: a name, or the text of the token before it
    Script(Object... tokens) {
      this.tokens = tokens;
    }

    @Override
    public Kind current() {
      return at < tokens.length ? (Kind) tokens[at] : null;
    }

    @Override
    public Kind next() {
      do {
        at++;
      } while (at < tokens.length && tokens[at] instanceof String);
      return current();
    }

    @Override
    public String name() {
      return (String) tokens[at + 1];
    }

    @Override
    public String text() {
      return (String) tokens[at + 1];
    }

    @Override
    public void skipChildren() {
      throw new AssertionError("not used");
    }

    @Override
    public Pointer pointer() {
      return Pointer.root();
    }
  }

  @Test
  void recordingRefusesARepeatedNameAtItsPointerAsBuildingATreeDoes() {
    TokenSource repeated = new Script(TokenSource.Kind.START_ARRAY, TokenSource.Kind.NULL,
        TokenSource.Kind.START_OBJECT, TokenSource.Kind.FIELD_NAME, "a", TokenSource.Kind.NULL,
        TokenSource.Kind.FIELD_NAME, "a", TokenSource.Kind.TRUE, TokenSource.Kind.END_OBJECT,
        TokenSource.Kind.END_ARRAY);

    Failure refused = catchThrowableOfType(Failure.class,
        () -> TokenTape.record(repeated, Pointer.parse("/doc"), STRICT));

    assertThat(refused.problem().problem()).isEqualTo("duplicate field 'a'");
    assertThat(refused.problem().pointer().toString()).isEqualTo("/doc/1/a");
  }

  @Test
  void recordingRefusesANumberOutOfRangeAndTheEndOfTheInputInsideTheValue() {
    TokenSource outOfRange = new Script(TokenSource.Kind.START_ARRAY, TokenSource.Kind.INTEGER, "1",
        TokenSource.Kind.DECIMAL, "1e30000000000", TokenSource.Kind.END_ARRAY);
    TokenSource cut = new Script(TokenSource.Kind.START_OBJECT, TokenSource.Kind.FIELD_NAME, "a",
        TokenSource.Kind.START_ARRAY, TokenSource.Kind.TRUE);

    Failure range = catchThrowableOfType(Failure.class, () -> TokenTape.record(outOfRange, Pointer.root(), STRICT));
    Failure end = catchThrowableOfType(Failure.class, () -> TokenTape.record(cut, Pointer.parse("/x"), STRICT));

    assertThat(range.problem().problem()).isEqualTo("a number out of range (1e30000000000)");
    assertThat(range.problem().pointer().toString()).isEqualTo("/1");
    assertThat(end.problem().problem()).isEqualTo("the input ends inside a value");
    assertThat(end.problem().pointer().toString()).isEqualTo("/x/a");
  }
}
