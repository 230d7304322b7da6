package org.oversight.complaint.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The architecture rules of the core, as a small rule library (after jMolecules'
 * {@code JMoleculesDddRules}). Each method returns a rule; {@link #all()} combines them. Every rule
 * is tested against planted violators, so the rules themselves can fail.
 *
 * <p>Other modules reuse it from the core's test-jar, e.g. {@code @ArchTest ArchRule rules =
 * ComplaintArchitectureRules.codingRules();}.
 */
public final class ComplaintArchitectureRules {
  /** The core's root package. */
  public static final String CORE = "org.oversight.complaint.core..";

  private ComplaintArchitectureRules() {}

  /**
   * The core depends only on the JDK, Vavr, JSpecify, itself, and Immutables' compile-time annotations.
   *
   * <pre>
   * valid:   import io.vavr.collection.Seq;
   * invalid: import com.fasterxml.jackson.annotation.JsonProperty;
   * </pre>
   *
   * @return the rule
   */
  public static ArchRule coreDependsOnlyOnJdkAndVavr() {
    return classes().that().resideInAPackage(CORE)
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "io.vavr..", "org.jspecify..", CORE, "org.immutables.value..")
        .because("the core is a pure domain embedded by others: Vavr is its only runtime dependency")
        .allowEmptyShould(true);
  }

  /**
   * No class in the core touches Jackson 2 ({@code com.fasterxml.jackson}) or Jackson 3 ({@code tools.jackson}).
   *
   * <pre>
   * valid:   record Outcome(String value) { }
   * invalid: record Outcome(@JsonProperty("code") String value) { }
   * </pre>
   *
   * @return the rule
   */
  public static ArchRule coreHasNoJackson() {
    return noClasses().that().resideInAPackage(CORE)
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .because("JSON lives in complaint-json, so the core stays free of any wire format")
        .allowEmptyShould(true);
  }

  /**
   * Value classes (public, top-level, not interfaces, enums, records or builders) have no public
   * constructor: they are created through validating factories.
   *
   * <pre>
   * valid:   public final class StateGraph { private StateGraph(..) {..} public static StateGraph standard() }
   * invalid: public final class StateGraph { public StateGraph() {..} }
   * </pre>
   *
   * @return the rule
   */
  public static ArchRule valuesHaveNoPublicConstructors() {
    return classes().that(areValueClasses())
        .should().haveOnlyPrivateConstructors().orShould(new NoPublicConstructor())
        .because("values are valid by construction, through factories that validate")
        .allowEmptyShould(true);
  }

  /**
   * Fields of core classes are final, except in builders (which are mutable by design) and
   * {@code transient} memos of a derived view (computed once from final state, idempotent, so a
   * race only computes an equal value twice).
   *
   * <pre>
   * valid:   private final Seq&lt;Edge&gt; edges;
   * invalid: private Seq&lt;Edge&gt; edges;
   * </pre>
   *
   * @return the rule
   */
  public static ArchRule valuesHaveOnlyFinalFields() {
    return fields().that().areDeclaredInClassesThat().resideInAPackage(CORE)
        .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
        .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Declaration")
        .and().areNotStatic()
        .and().doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.TRANSIENT)
        .should().beFinal()
        .because("values are immutable: a case is shared between threads and versions")
        .allowEmptyShould(true);
  }

  /**
   * No standard streams, no {@code java.util.logging}, no generic exceptions: a library embedded by
   * others prints nothing and forces no logging framework.
   *
   * @return the rule
   */
  public static ArchRule codingRules() {
    return CompositeArchRule.of(GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("an embedded library must not print"))
        .and(GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("no logging is forced on users"))
        .and(GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.because("errors are typed"))
        .allowEmptyShould(true);
  }

  /**
   * All core rules.
   *
   * @return the combined rule
   */
  public static ArchRule all() {
    return CompositeArchRule.of(coreDependsOnlyOnJdkAndVavr())
        .and(coreHasNoJackson())
        .and(valuesHaveNoPublicConstructors())
        .and(valuesHaveOnlyFinalFields())
        .and(codingRules())
        .allowEmptyShould(true);
  }

  private static DescribedPredicate<JavaClass> areValueClasses() {
    return DescribedPredicate.describe("are value classes", c ->
        c.getPackageName().startsWith("org.oversight.complaint.core")
            && c.getModifiers().contains(JavaModifier.PUBLIC)
            && c.isTopLevelClass()
            && !c.isInterface() && !c.isEnum() && !c.isRecord() && !c.isAnnotation()
            && !c.getSimpleName().endsWith("Builder")
            && !c.isAssignableTo(Throwable.class));
  }

  /** A class is fine when none of its constructors is public. */
  private static final class NoPublicConstructor
      extends com.tngtech.archunit.lang.ArchCondition<JavaClass> {
    NoPublicConstructor() {
      super("have no public constructor");
    }

    @Override
    public void check(JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
      item.getConstructors().stream()
          .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
          .forEach(c -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item,
              item.getName() + " has a public constructor " + c.getFullName())));
    }
  }
}
