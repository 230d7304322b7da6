package org.oversight.complaint.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.fixtures.ComplaintGenerators;

/**
 * The snapshot comparison that reads without a tree says "equal" exactly when the snapshot is the
 * replayed case's: every changed, removed or added value inside a snapshot field is a difference,
 * and a snapshot field left out is none.
 */
class SnapshotMatchTest {

  private static final Snapshot.Writer WRITER = ComplaintCaseEncoder::writeSnapshot;
  private static final Reading STRICT = new Reading(true, null);

  @Test
  void aDocumentMatchesTheCaseItWasWrittenFromAndEveryChangeInsideItsSnapshotIsADifference() {
    RandomGenerator random = ComplaintGenerators.seeded(20261202L);
    int changes = 0;
    for (int i = 0; i < 25; i++) {
      ComplaintCase c = ComplaintGenerators.cases().next(random);
      WireValue.Obj document = document(c);
      assertThat(SnapshotMatch.matches(document, WRITER, c)).isTrue();
      for (String field : Snapshot.FIELDS) {
        WireValue value = document.fields().get(field);
        if (value == null) {
          continue;
        }
        assertThat(SnapshotMatch.matches(with(document, field, null), WRITER, c)).as("without " + field).isTrue();
        for (WireValue changed : changes(value)) {
          changes++;
          WireValue.Obj other = with(document, field, changed);
          assertThat(SnapshotMatch.matches(other, WRITER, c)).as(field + " " + changed.toJson()).isFalse();
          assertThatThrownBy(() -> Snapshot.check(Node.root(other, Pointer.root(), STRICT), c, WRITER))
              .isInstanceOf(Failure.class);
        }
      }
    }
    assertThat(changes).isGreaterThan(1_000);
  }

  @Test
  void aLenientReadIsHandedTheMembersTheReplayedCaseDoesNotWriteAtTheirPointersAndTheyAreNoDifference() {
    RandomGenerator random = ComplaintGenerators.seeded(20261203L);
    int handed = 0;
    for (int i = 0; i < 25; i++) {
      ComplaintCase c = ComplaintGenerators.cases().next(random);
      WireValue.Obj document = document(c);
      for (String field : Snapshot.FIELDS) {
        List<String> path = new ArrayList<>();
        WireValue extended = document.fields().containsKey(field) ? withExtra(document.fields().get(field), path) : null;
        if (extended == null) {
          continue;
        }
        WireValue.Obj other = with(document, field, extended);
        Map<String, String> kept = new LinkedHashMap<>();
        Reading lenient = new Reading(false, (at, json) -> kept.put(at.toString(), json.toString()));

        assertThat(SnapshotMatch.matches(other, WRITER, c, lenient, Pointer.parse("/case"))).as(field).isTrue();
        assertThat(kept).containsExactly(Map.entry("/case/" + field + path.stream().map(step -> "/" + step)
            .collect(java.util.stream.Collectors.joining()) + "/extra", "[1]"));
        assertThat(SnapshotMatch.matches(other, WRITER, c)).isFalse();
        assertThat(SnapshotMatch.matches(other, WRITER, c, STRICT, Pointer.root())).isFalse();
        assertThat(SnapshotMatch.matches(with(other, "version", new WireValue.Num("0", true)), WRITER, c, lenient,
            Pointer.root())).isFalse();
        handed++;
      }
    }
    assertThat(handed).isGreaterThan(50);
  }

  // the value with a member "extra" added to its first object, depth first (the indices on the way
  // added to path); null if it holds no object
  private static WireValue withExtra(WireValue value, List<String> path) {
    if (value instanceof WireValue.Obj o) {
      return with(o, "extra", new WireValue.Arr(List.of(new WireValue.Num("1", true))));
    }
    if (value instanceof WireValue.Arr a) {
      for (int i = 0; i < a.elements().size(); i++) {
        path.add(Integer.toString(i));
        WireValue changed = withExtra(a.elements().get(i), path);
        if (changed != null) {
          List<WireValue> elements = new ArrayList<>(a.elements());
          elements.set(i, changed);
          return new WireValue.Arr(elements);
        }
        path.remove(path.size() - 1);
      }
    }
    return null;
  }

  @Test
  void aSnapshotFieldTheHistoryDoesNotGiveIsADifference() {
    ComplaintCase c = ComplaintGenerators.receivedCases().next(ComplaintGenerators.seeded(7L));
    WireValue.Obj document = document(c);
    String absent = Snapshot.FIELDS.find(f -> !document.fields().containsKey(f)).get();

    WireValue.Obj other = with(document, absent, new WireValue.Str("x"));

    assertThat(SnapshotMatch.matches(other, WRITER, c)).isFalse();
  }

  @Test
  void numbersCompareByValueAndBooleansByValue() {
    ComplaintCase c = ComplaintGenerators.receivedCases().next(ComplaintGenerators.seeded(11L));
    Snapshot.Writer decimal = (replayed, out) -> {
      out.writeNumberField("version", new java.math.BigDecimal("3.0"));
      out.writeBooleanField("suspendedFrom", true);
    };

    assertThat(SnapshotMatch.matches(object("version", new WireValue.Num("3", true), "suspendedFrom",
        new WireValue.Bool(true)), decimal, c)).isTrue();
    assertThat(SnapshotMatch.matches(object("version", new WireValue.Num("30e-1", false), "suspendedFrom",
        new WireValue.Bool(true)), decimal, c)).isTrue();
    assertThat(SnapshotMatch.matches(object("version", new WireValue.Num("4", true), "suspendedFrom",
        new WireValue.Bool(true)), decimal, c)).isFalse();
    assertThat(SnapshotMatch.matches(object("version", new WireValue.Str("3"), "suspendedFrom",
        new WireValue.Bool(true)), decimal, c)).isFalse();
    assertThat(SnapshotMatch.matches(object("version", new WireValue.Num("3", true), "suspendedFrom",
        new WireValue.Bool(false)), decimal, c)).isFalse();
  }

  private static WireValue.Obj object(String name, WireValue value, String other, WireValue otherValue) {
    Map<String, WireValue> fields = new LinkedHashMap<>();
    fields.put(name, value);
    fields.put(other, otherValue);
    return new WireValue.Obj(fields);
  }

  private static WireValue.Obj document(ComplaintCase c) {
    TreeBuilder tree = new TreeBuilder(Pointer.root());
    try {
      ComplaintCaseEncoder.withSnapshot(true).write(c, tree);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return (WireValue.Obj) tree.result();
  }

  private static WireValue.Obj with(WireValue.Obj object, String field, WireValue value) {
    Map<String, WireValue> fields = new LinkedHashMap<>(object.fields());
    if (value == null) {
      fields.remove(field);
    } else {
      fields.put(field, value);
    }
    return new WireValue.Obj(fields);
  }

  // every value that differs from the given one in exactly one place: a leaf changed or replaced by
  // another kind, an object member removed or added, an array element removed or added
  private static List<WireValue> changes(WireValue value) {
    List<WireValue> out = new ArrayList<>();
    if (value instanceof WireValue.Obj o) {
      out.add(with(o, "unknown", new WireValue.Bool(true)));
      for (Map.Entry<String, WireValue> e : o.fields().entrySet()) {
        out.add(with(o, e.getKey(), null));
        for (WireValue changed : changes(e.getValue())) {
          out.add(with(o, e.getKey(), changed));
        }
      }
    } else if (value instanceof WireValue.Arr a) {
      List<WireValue> longer = new ArrayList<>(a.elements());
      longer.add(new WireValue.Null());
      out.add(new WireValue.Arr(longer));
      for (int i = 0; i < a.elements().size(); i++) {
        int at = i;
        List<WireValue> shorter = new ArrayList<>(a.elements());
        shorter.remove(at);
        out.add(new WireValue.Arr(shorter));
        for (WireValue changed : changes(a.elements().get(at))) {
          out.add(replaced(a, at, e -> changed));
        }
      }
    } else if (value instanceof WireValue.Str s) {
      out.add(new WireValue.Str(s.value() + "x"));
      out.add(new WireValue.Num("1", true));
    } else if (value instanceof WireValue.Num n) {
      out.add(new WireValue.Num(n.decimal().add(java.math.BigDecimal.ONE).toString(), n.integral()));
      out.add(new WireValue.Str(n.literal()));
    } else if (value instanceof WireValue.Bool b) {
      out.add(new WireValue.Bool(!b.value()));
      out.add(new WireValue.Null());
    }
    return out;
  }

  private static WireValue.Arr replaced(WireValue.Arr a, int at, UnaryOperator<WireValue> change) {
    List<WireValue> elements = new ArrayList<>(a.elements());
    elements.set(at, change.apply(elements.get(at)));
    return new WireValue.Arr(elements);
  }
}
