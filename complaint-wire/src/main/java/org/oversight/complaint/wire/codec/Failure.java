package org.oversight.complaint.wire.codec;

/**
 * Carries a {@link WireProblem} through code that cannot throw checked exceptions (Vavr lambdas
 * while decoding a tree). Always unwrapped at a Jackson module's boundary with {@link #problem()},
 * which turns it into that module's exception.
 */
public final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient WireProblem problem;

  Failure(WireProblem problem) {
    super(problem.message(), problem.cause().getOrNull(), false, false);
    this.problem = problem;
  }

  /**
   * Returns the problem to report.
   *
   * @return the problem, never null
   */
  public WireProblem problem() {
    return problem;
  }
}
