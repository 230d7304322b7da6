package org.oversight.complaint.json3.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.architecture.ComplaintArchitectureRules;
import org.oversight.complaint.json3.ComplaintModule;

/** The core's architecture rules, applied to complaint-json3, with no Jackson 2 in it. */
class Json3ArchitectureTest {
  private static final JavaClasses JSON3 = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.oversight.complaint.json3");

  @Test
  void the_exported_api_uses_no_internals() {
    ModuleDescriptor json = ComplaintArchitectureRules.moduleOf(ComplaintModule.class);
    assertThat(json.packages()).contains("org.oversight.complaint.json3.internal");
    assertThat(ComplaintArchitectureRules.exportedApiHidesInternals(json).evaluate(JSON3)
        .getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void the_module_uses_only_jackson_3() {
    assertThat(noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.core..",
        "com.fasterxml.jackson.databind..").evaluate(JSON3).getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void the_module_prints_nothing_and_throws_typed_errors() {
    assertThat(ComplaintArchitectureRules.codingRules().evaluate(JSON3).getFailureReport().getDetails()).isEmpty();
  }
}
