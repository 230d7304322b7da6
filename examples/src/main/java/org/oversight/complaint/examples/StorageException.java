package org.oversight.complaint.examples;

/**
 * The database failed, or a stored row could not be read. Not a business outcome: the service
 * reports those as {@link ServiceFailure} values.
 *
 * <p>This exception makes no guarantees about immutability or thread-safety.
 */
public final class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, not null
   * @param cause the cause, not null
   */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
