package org.oversight.complaint.wire.codec;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The fields of a JSON object as the codec reads them: names and values in two arrays, in document
 * order, found by a scan while the object is small (as every object of the wire format is) and
 * through a hash index once it is not, so that a hostile object with a million members costs
 * linear time. A {@code LinkedHashMap} per object was the largest cost of reading a case.
 *
 * <p>Unmodifiable and thread-safe once built; {@link Builder} is not thread-safe.
 */
final class ObjectFields extends AbstractMap<String, WireValue> {

  // above this many members, lookups go through a hash index
  private static final int SCAN_LIMIT = 8;

  private final String[] names;
  private final WireValue[] values;
  private final int size;
  private final Map<String, Integer> index;

  private ObjectFields(String[] names, WireValue[] values, int size, Map<String, Integer> index) {
    this.names = names;
    this.values = values;
    this.size = size;
    this.index = index;
  }

  private int find(Object name) {
    return find(names, size, index, name);
  }

  // where a name sits: by the hash index once there is one, else by a scan
  private static int find(String[] names, int size, Map<String, Integer> index, Object name) {
    if (index != null) {
      Integer at = index.get(name);
      return at == null ? -1 : at;
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public WireValue get(Object name) {
    int at = find(name);
    return at < 0 ? null : values[at];
  }

  @Override
  public boolean containsKey(Object name) {
    return find(name) >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super WireValue> action) {
    for (int i = 0; i < size; i++) {
      action.accept(names[i], values[i]);
    }
  }

  @Override
  public Set<Map.Entry<String, WireValue>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, WireValue>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, WireValue> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int at = next++;
            return new AbstractMap.SimpleImmutableEntry<>(names[at], values[at]);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Collects the members of one object in document order; holds no arrays until a member is added. Not thread-safe. */
  static class Builder {
    private String[] names;
    private WireValue[] values;
    private int size;
    private Map<String, Integer> index;

    /**
     * Tells whether a member of that name was added.
     *
     * @param name the name, not null
     * @return true if added before
     */
    int size() {
      return size;
    }

    boolean contains(String name) {
      return indexOf(name) >= 0;
    }

    /**
     * Adds a member; the caller has checked that its name is new.
     *
     * @param name the name, not null
     * @param value the value, not null
     */
    void add(String name, WireValue value) {
      if (names == null) {
        names = new String[4];
        values = new WireValue[4];
      } else if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = value;
      size++;
      if (index != null) {
        index.put(name, size - 1);
      } else if (size > SCAN_LIMIT) {
        index = new HashMap<>();
        for (int i = 0; i < size; i++) {
          index.put(names[i], i);
        }
      }
    }

    /**
     * Returns where a member sits among those added.
     *
     * @param name the name, not null
     * @return its position, -1 if not added
     */
    int indexOf(String name) {
      return find(names, size, index, name);
    }

    /**
     * Returns the name of a member added.
     *
     * @param at its position, from 0 to {@code size() - 1}
     * @return the name, never null
     */
    String name(int at) {
      return names[at];
    }

    /**
     * Returns the value of a member added.
     *
     * @param at its position, from 0 to {@code size() - 1}
     * @return the value, never null
     */
    WireValue value(int at) {
      return values[at];
    }

    /**
     * Replaces the value of the member added last.
     *
     * @param value the value, not null
     */
    void replaceLast(WireValue value) {
      values[size - 1] = value;
    }

    /**
     * Returns the members added.
     *
     * @return the fields, never null
     */
    ObjectFields build() {
      return new ObjectFields(names, values, size, index);
    }
  }
}
