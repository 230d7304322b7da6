package org.oversight.complaint.json3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.wire.samples.Samples;
import org.oversight.complaint.wire.ComplaintFeature;

/** The module as a user of plain Jackson meets it: registration, discovery, naming, features. */
class ComplaintModuleTest {

  @Test
  void isFoundByServiceLoader() throws Exception {
    // Jackson's own lookup (databind declares `uses JacksonModule`) finds it on the module path.
    assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(ComplaintModule.class);
    java.lang.module.ModuleDescriptor descriptor = ComplaintModule.class.getModule().getDescriptor();
    if (descriptor != null) {
      assertThat(descriptor.provides()).anySatisfy(p -> {
        assertThat(p.service()).isEqualTo(JacksonModule.class.getName());
        assertThat(p.providers()).containsExactly(ComplaintModule.class.getName());
      });
    }
    // And the classpath registration, for users who do not use the module path.
    try (java.io.InputStream in = ComplaintModule.class.getClassLoader()
        .getResourceAsStream("META-INF/services/tools.jackson.databind.JacksonModule")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim())
          .isEqualTo(ComplaintModule.class.getName());
    }
  }

  @Test
  void canBeFoundAndRegisteredDynamically() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).hasAtLeastOneElementOfType(ComplaintModule.class);
    ComplaintCase c = Samples.scenarios().head()._2;
    assertThat(mapper.readValue(mapper.writeValueAsBytes(c), ComplaintCase.class)).isEqualTo(c);
  }

  @Test
  void hasAStableNameAndTheBuildVersion() {
    ComplaintModule module = new ComplaintModule();
    assertThat(module.getModuleName()).isEqualTo("ComplaintModule");
    assertThat(module.getRegistrationId()).isEqualTo("ComplaintModule");
    assertThat(module.version()).isEqualTo(PackageVersion.VERSION);
    assertThat(new PackageVersion().version()).isEqualTo(PackageVersion.VERSION);
    assertThat(module.version().getGroupId()).isEqualTo("org.oversight");
    assertThat(module.version().getArtifactId()).isEqualTo("complaint-json3");
    assertThat(module.version().toString()).isEqualTo("0.1.0-SNAPSHOT");
  }


  @Test
  void writeSnapshotFeatureChangesTheDocument() throws Exception {
    ObjectMapper compact = JsonMapper.builder().addModule(new ComplaintModule().disable(ComplaintFeature.WRITE_SNAPSHOT)).build();
    ComplaintCase c = Samples.scenarios().head()._2;
    String text = compact.writeValueAsString(c);
    assertThat(text).startsWith("{\"schemaVersion\":1,\"history\":[");
    assertThat(compact.readValue(text, ComplaintCase.class)).isEqualTo(c);
  }

  @Test
  void worksInsideAUsersOwnTypesWithPointersFromTheirRoot() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ComplaintModule()).build();
    Map<String, Object> wrapper = new LinkedHashMap<>();
    wrapper.put("recipient", Recipient.party(PartyId.of("P1")));
    wrapper.put("time", IncidentTime.unknown());
    wrapper.put("body", Body.of("SIU"));
    assertThat(mapper.writeValueAsString(wrapper)).isEqualTo(
        "{\"recipient\":{\"type\":\"ToParty\",\"party\":\"P1\"},\"time\":{\"type\":\"Unknown\"},\"body\":\"SIU\"}");
    Map<String, Recipient> back = mapper.readValue("{\"x\":{\"type\":\"ToBody\",\"body\":\"IOPC\"}}",
        new TypeReference<Map<String, Recipient>>() {});
    assertThat(back).containsEntry("x", Recipient.body(Body.of("IOPC")));
    ComplaintJsonException e = catchThrowableOfType(ComplaintJsonException.class, () -> mapper.readValue(
        "{\"list\":[{\"id\":\"P1\",\"role\":\"WITNESS\"},{\"id\":\"P2\",\"role\":\"BYSTANDER\"}]}",
        new TypeReference<Map<String, java.util.List<Party>>>() {}));
    assertThat(e.pointer()).hasToString("/list/1/role");
  }

  @Test
  void unknownFieldsFollowJacksonsOwnSetting() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ComplaintModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThat(mapper.readValue("{\"type\":\"ToBody\",\"body\":\"IOPC\",\"extra\":1}", Recipient.class))
        .isEqualTo(Recipient.body(Body.of("IOPC")));
    // an unknown member's value is skipped whole, nested or not, and the next value is read where it starts
    Map<String, java.util.List<Recipient>> both = mapper.readValue("{\"list\":[{\"type\":\"ToBody\",\"body\":\"IOPC\","
        + "\"extra\":{\"x\":[1,{\"y\":2}]},\"more\":[[]]},{\"type\":\"ToBody\",\"body\":\"DUP\"}]}",
        new TypeReference<Map<String, java.util.List<Recipient>>>() {});
    assertThat(both.get("list")).containsExactly(Recipient.body(Body.of("IOPC")), Recipient.body(Body.of("DUP")));
  }


  @Test
  void theConfiguredMapperIsACopy() {
    ComplaintJson json = ComplaintJson.standard();
    assertThat(json.mapper()).isNotSameAs(json.mapper());
    assertThat(json.mapper().registeredModules()).hasAtLeastOneElementOfType(ComplaintModule.class);
  }
}
