package tools.jackson.planted;

/** Stands in for a Jackson type, so the no-Jackson rule can be shown to bite without Jackson on the classpath. */
public @interface FakeJsonProperty {
  /** The name. @return the name */
  String value();
}
