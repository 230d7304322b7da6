package org.oversight.complaint.json.internal;

import org.oversight.complaint.json.ComplaintJsonException;

/**
 * Carries a {@link ComplaintJsonException} through code that cannot throw checked exceptions (Vavr
 * lambdas while reading a tree). Always unwrapped at the deserializer boundary with {@link #error()}.
 */
public final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ComplaintJsonException error;

  Failure(ComplaintJsonException error) {
    super(error.getMessage(), error, false, false);
    this.error = error;
  }

  /**
   * Returns the error to throw.
   *
   * @return the error, never null
   */
  public ComplaintJsonException error() {
    return error;
  }
}
