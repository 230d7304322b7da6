package org.oversight.complaint.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The codec's own JSON tree, fed token by token as a Jackson module's parser feeds it, without Jackson. */
class TreeBuilderTest {

  @Test
  void buildsObjectsInDocumentOrderAndKeepsNumbersAsWritten() {
    TreeBuilder tree = new TreeBuilder(Pointer.root());
    tree.writeStartObject();
    tree.writeFieldName("b");
    tree.writeNumber("1e400", false);
    tree.writeFieldName("a");
    tree.writeStartArray();
    tree.writeString("x\"\n\u0001");
    tree.writeBoolean(true);
    tree.writeNull();
    tree.writeNumber(7L);
    tree.writeNumber(new BigDecimal("45.5"));
    tree.writeEndArray();
    assertThat(tree.isComplete()).isFalse();
    tree.writeEndObject();

    assertThat(tree.isComplete()).isTrue();
    assertThat(tree.result().toJson()).isEqualTo("{\"b\":1e400,\"a\":[\"x\\\"\\n\\u0001\",true,null,7,45.5]}");
    WireValue.Obj root = (WireValue.Obj) tree.result();
    assertThat(root.fields().keySet()).containsExactly("b", "a");
    assertThat(((WireValue.Num) root.fields().get("b")).decimal()).isEqualByComparingTo("1E+400");
  }

  @Test
  void aRepeatedFieldNameIsAProblemAtItsPointer() {
    TreeBuilder tree = new TreeBuilder(Pointer.parse("/history/3"));
    tree.writeStartObject();
    tree.writeFieldName("type");
    tree.writeString("Withdrawn");
    Failure f = catchThrowableOfType(Failure.class, () -> tree.writeFieldName("type"));
    assertThat(f.problem().problem()).isEqualTo("duplicate field 'type'");
    assertThat(f.problem().pointer()).hasToString("/history/3/type");
    assertThat(f.getMessage()).isEqualTo(
        "duplicate field 'type' at /history/3/type; expected each field name once per object");
  }

  @Test
  void aRepeatedFieldNameIsFoundInALargeObjectToo() {
    TreeBuilder tree = new TreeBuilder(Pointer.root());
    tree.writeStartObject();
    for (int i = 0; i < 20; i++) {
      tree.writeFieldName("f" + i);
      tree.writeNumber(i);
    }
    Failure f = catchThrowableOfType(Failure.class, () -> tree.writeFieldName("f3"));
    assertThat(f.problem().pointer()).hasToString("/f3");
    tree.writeFieldName("last");
    tree.writeBoolean(true);
    tree.writeEndObject();
    java.util.Map<String, WireValue> fields = ((WireValue.Obj) tree.result()).fields();
    assertThat(fields).hasSize(21).containsEntry("f17", new WireValue.Num("17", true))
        .containsEntry("last", new WireValue.Bool(true)).doesNotContainKey("f20");
    assertThat(fields.keySet()).startsWith("f0", "f1").endsWith("f19", "last");
  }

  @Test
  void aFieldNobodyAskedForIsUnknownEvenWhenAbsentFieldsWereAskedFor() {
    TreeBuilder tree = new TreeBuilder(Pointer.root());
    tree.writeStartObject();
    tree.writeFieldName("a");
    tree.writeNumber(1);
    tree.writeFieldName("x");
    tree.writeNumber(2);
    tree.writeEndObject();
    Node n = Node.root(tree.result(), Pointer.parse("/history/0"), new Reading(true, null));
    n.optField("b");
    n.optField("c");
    n.field("a", "a number");

    Failure f = catchThrowableOfType(Failure.class, n::done);

    assertThat(f.problem().problem()).isEqualTo("unknown field 'x'");
    assertThat(f.problem().pointer()).hasToString("/history/0/x");
    assertThat(f.problem().expected()).startsWith("only the fields b, c, a");
  }

  @Test
  void theResultIsOnlyThereWhenComplete() {
    TreeBuilder tree = new TreeBuilder(Pointer.root());
    tree.writeStartArray();
    assertThat(catchThrowableOfType(IllegalStateException.class, tree::result)).isNotNull();
  }

  @Test
  void pointersEscapeAndUnescapeRfc6901() {
    Pointer p = Pointer.root().property("a/b").property("c~d").index(2);
    assertThat(p).hasToString("/a~1b/c~0d/2");
    assertThat(Pointer.root().property("a/b").lastProperty()).isEqualTo("a/b");
    assertThat(Pointer.parse("/x/a~1b").lastProperty()).isEqualTo("a/b");
    assertThat(Pointer.parse("")).isEqualTo(Pointer.root());
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Pointer.parse("x"))).isNotNull();
  }

  @Test
  void aWholeNumberMustBeIntegralAndFitAnInt() {
    Reading strict = new Reading(true, null);
    assertThat(Node.root(new WireValue.Num("12", true), Pointer.root(), strict).integer("n")).isEqualTo(12);
    for (WireValue bad : new WireValue[] {new WireValue.Num("1.5", false), new WireValue.Num("3000000000", true),
        new WireValue.Str("1")}) {
      Failure f = catchThrowableOfType(Failure.class,
          () -> Node.root(bad, Pointer.parse("/v"), strict).integer("a version"));
      assertThat(f.problem().expected()).isEqualTo("a version (a whole number)");
      assertThat(f.problem().pointer()).hasToString("/v");
    }
  }

  @Test
  void problemsComposeTheMessageBothJacksonModulesCarry() {
    WireProblem p = WireProblem.of("found null", Pointer.root(), "a JSON object");
    assertThat(p.message()).isEqualTo("found null at (document root); expected a JSON object");
    assertThat(p.atLine(3).message()).isEqualTo("found null at (document root) on line 3; expected a JSON object");
  }
}
