package org.oversight.complaint.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.Tuple;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The unknown fields a lenient read keeps: pointers and JSON texts in document order, in one text. */
class PreservedFieldsTest {

  private static PreservedFields two() {
    return new PreservedFields.Builder().add("/priority", "{\"level\":3}").add("/history/1/hint", "[1,2]").build();
  }

  @Test
  void keepsEachFieldsPointerAndTextInDocumentOrder() {
    PreservedFields fields = two();
    assertThat(fields.size()).isEqualTo(2);
    assertThat(fields.isEmpty()).isFalse();
    assertThat(fields.pointer(0)).isEqualTo("/priority");
    assertThat(fields.json(0)).isEqualTo("{\"level\":3}");
    assertThat(fields.pointer(1)).isEqualTo("/history/1/hint");
    assertThat(fields.json(1)).isEqualTo("[1,2]");
    assertThat(fields).containsExactly(Tuple.of("/priority", "{\"level\":3}"), Tuple.of("/history/1/hint", "[1,2]"));
    assertThat(fields.toJavaMap()).containsExactly(Map.entry("/priority", "{\"level\":3}"),
        Map.entry("/history/1/hint", "[1,2]"));
    assertThat(fields.toMap().keySet()).containsExactly("/priority", "/history/1/hint");
    assertThat(fields.toString()).isEqualTo("PreservedFields((/priority, {\"level\":3}), (/history/1/hint, [1,2]))");
  }

  @Test
  void findsAFieldByItsWholePointerOnly() {
    PreservedFields fields = two();
    assertThat(fields.get("/history/1/hint")).contains("[1,2]");
    assertThat(fields.get("/priority")).contains("{\"level\":3}");
    assertThat(fields.get("/prio")).isEmpty();
    assertThat(fields.get("/priority/level")).isEmpty();
    assertThat(fields.get("")).isEmpty();
    assertThatThrownBy(() -> fields.get(null)).hasMessage("pointer is null");
  }

  @Test
  void isEqualWhenItsFieldsAreTheSameInTheSameOrder() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("/priority", "{\"level\":3}");
    map.put("/history/1/hint", "[1,2]");
    assertThat(PreservedFields.of(map)).isEqualTo(two()).hasSameHashCodeAs(two());
    assertThat(new PreservedFields.Builder().add("/history/1/hint", "[1,2]").add("/priority", "{\"level\":3}").build())
        .isNotEqualTo(two());
    // the same characters, cut at another place
    assertThat(new PreservedFields.Builder().add("/a", "1").build())
        .isNotEqualTo(new PreservedFields.Builder().add("/a1", "").build());
    assertThat(PreservedFields.of(Map.of())).isSameAs(PreservedFields.empty());
    assertThat(new PreservedFields.Builder().build()).isSameAs(PreservedFields.empty());
    assertThat(PreservedFields.empty()).isEmpty();
    assertThat(PreservedFields.empty().size()).isZero();
    assertThat(Preserved.of("x").unknownFields()).isSameAs(PreservedFields.empty());
    assertThat(two()).isNotEqualTo("not fields");
  }

  @Test
  void growsPastItsFirstCapacityAndCountsWhatItHolds() {
    PreservedFields.Builder b = new PreservedFields.Builder();
    for (int i = 0; i < 100; i++) {
      b.add("/f" + i, Integer.toString(i));
    }
    assertThat(b.size()).isEqualTo(100);
    PreservedFields fields = b.build();
    assertThat(fields.size()).isEqualTo(100);
    assertThat(fields.pointer(99)).isEqualTo("/f99");
    assertThat(fields.json(99)).isEqualTo("99");
    assertThat(fields.get("/f42")).contains("42");
  }

  @Test
  void refusesWhatAReadCannotProduce() {
    assertThatThrownBy(() -> new PreservedFields.Builder().add("/a", "1").add("/a", "2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("field /a added twice");
    assertThatThrownBy(() -> new PreservedFields.Builder().add(null, "1")).hasMessage("pointer is null");
    assertThatThrownBy(() -> new PreservedFields.Builder().add("/a", null)).hasMessage("json is null");
    assertThatThrownBy(() -> PreservedFields.of(null)).hasMessage("fields is null");
    assertThatThrownBy(() -> two().pointer(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> two().json(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    Iterator<io.vavr.Tuple2<String, String>> it = PreservedFields.empty().iterator();
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }
}
