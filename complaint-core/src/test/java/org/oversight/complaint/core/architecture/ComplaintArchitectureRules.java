package org.oversight.complaint.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The architecture rules of the core, as a small rule library (after jMolecules'
 * {@code JMoleculesDddRules}). Each method returns a rule; {@link #all()} combines them. Every rule
 * is tested against planted violators, so the rules themselves can fail.
 *
 * <p>complaint-rules and complaint-json apply it to themselves from the core's test-jar:
 * {@link #noJacksonIn(String...)} keeps Jackson out of the rules, and
 * {@link #exportedApiHidesInternals(ModuleDescriptor)} keeps a module's exported API free of the
 * packages it does not export.
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
    return noJacksonIn(CORE);
  }

  /**
   * No class in the given packages touches Jackson 2 ({@code com.fasterxml.jackson}) or Jackson 3
   * ({@code tools.jackson}).
   *
   * @param packages ArchUnit package identifiers, e.g. {@code "org.oversight.complaint.rules.."}
   * @return the rule
   */
  public static ArchRule noJacksonIn(String... packages) {
    return noClasses().that().resideInAnyPackage(packages)
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .because("JSON lives in complaint-json, so the domain stays free of any wire format")
        .allowEmptyShould(true);
  }

  /**
   * The API a module exports (its public and protected members, supertypes and thrown types in the
   * packages it exports to everyone) uses no type of a package the module does not export: a user
   * could not name that type, and the module could not change it freely.
   *
   * <pre>
   * valid:   public final class ComplaintJson { public ComplaintCase readCase(byte[] json) }
   * invalid: public abstract class WireDeserializer { protected abstract T read(internal.Node node) }
   * </pre>
   *
   * @param module the module's descriptor, e.g. from {@link #moduleOf(Class)}
   * @return the rule
   */
  public static ArchRule exportedApiHidesInternals(ModuleDescriptor module) {
    Set<String> exported = module.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    Set<String> hidden = new TreeSet<>(module.packages());
    hidden.removeAll(exported);
    return classes().that(DescribedPredicate.describe("are public in a package " + module.name() + " exports",
            c -> exported.contains(c.getPackageName()) && c.getModifiers().contains(JavaModifier.PUBLIC)))
        .should(new ExposesNoHiddenType(hidden))
        .because("what a module exports must be usable, and changeable, without its internals")
        .allowEmptyShould(true);
  }

  /**
   * The descriptor of the module a class belongs to: from the module layer when the class runs as a
   * named module, otherwise read from the {@code module-info.class} next to it (its classes directory
   * or jar).
   *
   * @param type any class of the module
   * @return the descriptor
   * @throws IllegalStateException if the module has no {@code module-info.class}
   */
  public static ModuleDescriptor moduleOf(Class<?> type) {
    if (type.getModule().isNamed()) {
      return type.getModule().getDescriptor();
    }
    try {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
          return ModuleDescriptor.read(in);
        }
      }
      try (JarFile jar = new JarFile(location.toFile())) {
        JarEntry entry = jar.getJarEntry("module-info.class");
        if (entry == null) {
          throw new IllegalStateException(location + " has no module-info.class");
        }
        try (InputStream in = jar.getInputStream(entry)) {
          return ModuleDescriptor.read(in);
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("no module-info.class found for " + type.getName(), e);
    }
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

  /** A class is fine when its API (public and protected members, supertypes) uses no hidden package. */
  private static final class ExposesNoHiddenType extends com.tngtech.archunit.lang.ArchCondition<JavaClass> {
    private final Set<String> hidden;

    ExposesNoHiddenType(Set<String> hidden) {
      super("expose no type of the packages " + hidden);
      this.hidden = hidden;
    }

    @Override
    public void check(JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
      item.getRawSuperclass().ifPresent(t -> report(item, "extends", t, events));
      item.getRawInterfaces().forEach(t -> report(item, "implements", t, events));
      for (JavaMember member : item.getMembers()) {
        if (!member.getModifiers().contains(JavaModifier.PUBLIC)
            && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
          continue;
        }
        String where = member.getFullName();
        if (member instanceof JavaField) {
          report(item, where + " has type", ((JavaField) member).getRawType(), events);
        } else if (member instanceof JavaCodeUnit) {
          JavaCodeUnit unit = (JavaCodeUnit) member;
          report(item, where + " returns", unit.getRawReturnType(), events);
          unit.getRawParameterTypes().forEach(t -> report(item, where + " takes", t, events));
          unit.getThrowsClause().getTypes().forEach(t -> report(item, where + " throws", t, events));
        }
      }
    }

    private void report(JavaClass item, String what, JavaClass type, com.tngtech.archunit.lang.ConditionEvents events) {
      JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
      if (hidden.contains(base.getPackageName())) {
        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item,
            what + " " + base.getName() + ", which is in a package the module does not export"));
      }
    }
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
