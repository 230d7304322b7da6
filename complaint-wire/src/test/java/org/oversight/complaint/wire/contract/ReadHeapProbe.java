package org.oversight.complaint.wire.contract;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one document with a module's readers in a JVM of its own, whose heap {@link ReadCostContract}
 * bounds, and prints what each reader did: {@code read}, {@code refused: <problem>}, {@code out of memory}
 * or {@code failed: <exception>}.
 *
 * <p>Arguments: the contract class of the module (a {@link ReadCostContract} with a no-argument
 * constructor), the document's file, then the names of the readers to run on it.
 */
public final class ReadHeapProbe {

  private ReadHeapProbe() {}

  /**
   * Runs the readers.
   *
   * @param args the contract class, the document, the readers
   * @throws Exception if the contract cannot be made or the document read
   */
  public static void main(String[] args) throws Exception {
    Constructor<?> make = Class.forName(args[0]).getDeclaredConstructor();
    make.setAccessible(true);
    Method json = ReadCostContract.class.getDeclaredMethod("json");
    json.setAccessible(true);
    JsonUnderTest module = (JsonUnderTest) json.invoke(make.newInstance());
    byte[] document = Files.readAllBytes(Path.of(args[1]));
    for (int i = 2; i < args.length; i++) {
      String outcome;
      try {
        module.read(args[i], document);
        outcome = "read";
      } catch (Throwable e) {
        outcome = outOfMemory(e) ? "out of memory"
            : module.reported(e).map(r -> "refused: " + r.problem()).getOrElse(() -> "failed: " + e);
      }
      System.out.println(args[i] + " " + outcome);
    }
  }

  // the module under test is called by reflection, which wraps what it throws
  private static boolean outOfMemory(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }
}
