package org.oversight.complaint.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The reader's object fields behave as an unmodifiable map in document order, small or large. */
class ObjectFieldsTest {

  @Test
  void anObjectOfAnySizeIsAMapInDocumentOrder() {
    for (int size = 0; size <= 20; size++) {
      ObjectFields.Builder builder = new ObjectFields.Builder();
      Map<String, WireValue> expected = new LinkedHashMap<>();
      for (int i = size - 1; i >= 0; i--) {
        String name = "m" + i;
        assertThat(builder.contains(name)).isFalse();
        builder.add(name, new WireValue.Num(Integer.toString(i), true));
        assertThat(builder.contains(name)).isTrue();
        expected.put(name, new WireValue.Num(Integer.toString(i), true));
        assertThat(builder.size()).isEqualTo(expected.size());
      }
      ObjectFields fields = builder.build();

      assertThat(fields).as("size %d", size).isEqualTo(expected).hasSize(size);
      assertThat(fields.entrySet()).hasSize(size);
      assertThat(new ArrayList<>(fields.keySet())).containsExactlyElementsOf(expected.keySet());
      List<String> visited = new ArrayList<>();
      fields.forEach((name, value) -> visited.add(name + "=" + value.toJson()));
      assertThat(visited).containsExactlyElementsOf(expected.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue().toJson()).toList());
      assertThat(fields.get("absent")).isNull();
      assertThat(fields.containsKey("absent")).isFalse();
      assertThat(builder.contains("absent")).isFalse();
      Iterator<Map.Entry<String, WireValue>> it = fields.entrySet().iterator();
      for (int i = 0; i < size; i++) {
        it.next();
      }
      assertThat(it.hasNext()).isFalse();
      assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void theFieldsCannotBeChanged() {
    ObjectFields.Builder builder = new ObjectFields.Builder();
    builder.add("a", new WireValue.Bool(true));
    ObjectFields fields = builder.build();

    assertThatThrownBy(() -> fields.put("b", new WireValue.Null())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fields.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(new WireValue.Obj(fields).fields()).isSameAs(fields);
  }
}
