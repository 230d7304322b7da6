package org.oversight.complaint.core.planted;

import org.oversight.complaint.core.planted.internal.Hidden;

/** An exported type whose API uses a type of a package that is not exported. */
public interface LeakyApi {
  /**
   * Leaks.
   *
   * @return a type users cannot name
   */
  Hidden leak();
}
