package org.oversight.complaint.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.planted.PlantedViolations;

/** The rules hold for the core, and each rule reports the planted violations exactly. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackagesOf(ComplaintCase.class);
  private static final JavaClasses PLANTED = new ClassFileImporter().importPackagesOf(PlantedViolations.class);

  @Test
  void the_core_keeps_every_rule() {
    assertThat(CORE.size()).isGreaterThan(40);
    EvaluationResult result = ComplaintArchitectureRules.all().evaluate(CORE);
    assertThat(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void the_core_exports_no_internals() {
    ModuleDescriptor core = ComplaintArchitectureRules.moduleOf(ComplaintCase.class);
    assertThat(core.name()).isEqualTo("org.oversight.complaint.core");
    EvaluationResult result = ComplaintArchitectureRules.exportedApiHidesInternals(core).evaluate(CORE);
    assertThat(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void exported_api_rule_bites() {
    ModuleDescriptor planted = ModuleDescriptor.newModule("planted")
        .exports("org.oversight.complaint.core.planted")
        .packages(Set.of("org.oversight.complaint.core.planted", "org.oversight.complaint.core.planted.internal"))
        .build();
    assertThat(details(ComplaintArchitectureRules.exportedApiHidesInternals(planted).evaluate(PLANTED)))
        .singleElement().asString()
        .contains("LeakyApi.leak() returns org.oversight.complaint.core.planted.internal.Hidden")
        .contains("a package the module does not export");
  }

  @Test
  void no_jackson_rule_bites() {
    assertThat(details(ComplaintArchitectureRules.coreHasNoJackson().evaluate(PLANTED)))
        .anySatisfy(d -> assertThat(d).contains("PlantedViolations$MutableValue").contains("tools.jackson.planted.FakeJsonProperty"))
        .allSatisfy(d -> assertThat(d).contains("tools.jackson.planted"));
    assertThat(details(ComplaintArchitectureRules.coreDependsOnlyOnJdkAndVavr().evaluate(PLANTED)))
        .isNotEmpty().allSatisfy(d -> assertThat(d).contains("tools.jackson.planted"));
  }

  @Test
  void public_constructor_rule_bites() {
    assertThat(details(ComplaintArchitectureRules.valuesHaveNoPublicConstructors().evaluate(PLANTED)))
        .singleElement().asString()
        .contains("org.oversight.complaint.core.planted.PublicConstructorValue has a public constructor");
  }

  @Test
  void final_field_rule_bites() {
    assertThat(details(ComplaintArchitectureRules.valuesHaveOnlyFinalFields().evaluate(PLANTED)))
        .singleElement().asString().contains("PlantedViolations$MutableValue.count").contains("does not have modifier FINAL");
  }

  @Test
  void coding_rules_bite() {
    assertThat(details(ComplaintArchitectureRules.codingRules().evaluate(PLANTED)))
        .singleElement().asString().contains("System.out").contains("PlantedViolations$MutableValue");
  }

  private static java.util.List<String> details(EvaluationResult result) {
    return result.getFailureReport().getDetails();
  }
}
