package org.oversight.complaint.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.fixtures.Complaints;
import org.oversight.complaint.fixtures.Scenario;
import org.oversight.complaint.fixtures.Scenarios;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service over real HTTP, on a random port, with a database of its own that each subclass chooses
 * (H2 in memory, PostgreSQL): the Oslo scenario of the fixtures' catalogue is sent command by command,
 * every kind of refusal comes back as a problem detail, concurrent writers of one version lose no update,
 * and rows changed behind the service's back are found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ComplaintServiceOverHttp {

  private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Scenario OSLO = Scenarios.osloEscalatedToSpesialenheten();

  ConfigurableApplicationContext service;
  private URI base;

  /**
   * The service's arguments that choose its database: a fresh one for this class.
   *
   * @return Spring Boot arguments, never null
   */
  abstract Seq<String> databaseArguments();

  /**
   * SQL that changes the instant {@code 09:10:00Z} to {@code 09:10:01Z} inside the stored event of case
   * {@code ?} at version 3, as someone with access to the database could.
   *
   * @return the SQL, with the case id as its one parameter
   */
  abstract String redateStoredEvent();

  /** Drops what {@link #databaseArguments()} created, after the service has stopped. */
  void dropDatabase() {}

  @BeforeAll
  void startService() {
    service = SpringApplication.run(ComplaintServiceApplication.class, List.of(
            "--server.port=0",
            "--complaint.clock=2026-08-01T00:00:00Z",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN")
        .appendAll(databaseArguments()).toJavaArray(String[]::new));
    int port = ((WebServerApplicationContext) service).getWebServer().getPort();
    base = URI.create("http://localhost:" + port);
  }

  @AfterAll
  void stopService() {
    if (service != null) {
      service.close();
    }
    dropDatabase();
  }

  @Test
  void aWholeOsloCaseIsReceivedAndRunCommandByCommandThroughTheNorwegianPack() throws Exception {
    String caseId = "http-" + UUID.randomUUID();
    Scenario.Step first = OSLO.history().head();
    HttpResponse<String> created = post("/cases", receiptWithId(first.event(), caseId), null, "en");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/cases/" + caseId);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");

    String etag = "\"1\"";
    for (Scenario.Step step : OSLO.history().tail()) {
      HttpResponse<String> executed = post("/cases/" + caseId + "/events", JSON.writeValueAsString(step.event()),
          etag, "en");
      assertThat(executed.statusCode()).as(step.label() + ": " + executed.body()).isEqualTo(200);
      etag = executed.headers().firstValue("ETag").orElseThrow();
    }

    JsonNode stored = JSON.readTree(get("/cases/" + caseId, "en").body());
    ComplaintCase expected = OSLO.history().last().complaint();
    assertThat(stored.get("status").asString()).isEqualTo(expected.status().name());
    assertThat(etag).isEqualTo("\"" + expected.version() + "\"");
  }

  @Test
  void aLocalDecisionOnASeriousAllegationIsRefusedInTheRequestsLanguageWithItsLegalBasis()
      throws Exception {
    String caseId = caseAtStep("serious allegation added");
    ComplaintCase before = stepNamed("serious allegation added").complaint();
    CaseEvent localDecision = new CaseEvent.AllegationDecided(AllegationId.of("A2"), Outcome.of("DISMISSED"),
        Complaints.OSLO_POLICE_DISTRICT, Stamp.of(before.lastEventAt().plusSeconds(60), Complaints.CASEWORKER, ""));

    HttpResponse<String> refused = post("/cases/" + caseId + "/events", JSON.writeValueAsString(localDecision),
        "\"" + before.version() + "\"", "nb");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:oversight-complaint:rejection:RuleRefused");
    assertThat(problem.get("title").asString()).isEqualTo("Kommandoen ble avvist");
    assertThat(problem.get("legalBasis").asString()).isNotBlank();
    assertThat(problem.get("detail").asString()).contains(problem.get("legalBasis").asString());
    assertThat(problem.get("rejection").get("type").asString()).isEqualTo("RuleRefused");
    assertThat(get("/cases/" + caseId, "en").headers().firstValue("ETag"))
        .as("nothing was stored").hasValue("\"" + before.version() + "\"");
  }

  @Test
  void theCommandsAnswerSaysWhichCommandsThePackAllowsNowAndWhyNot() throws Exception {
    String caseId = caseAtStep("serious allegation added");

    JsonNode answers = JSON.readTree(get("/cases/" + caseId + "/commands?at=2026-03-11T10:00:00Z", "da").body());

    JsonNode refer = find(answers, "REFER");
    assertThat(refer.get("allowed").asBoolean()).isTrue();
    JsonNode decide = find(answers, "DECIDE_ALLEGATION");
    assertThat(decide.get("allowed").asBoolean()).isFalse();
    assertThat(decide.get("rejection").get("type").asString()).isNotBlank();
    assertThat(decide.get("message").asString()).isNotBlank();
  }

  @Test
  void aCommandDecidedOnAnOldVersionIsAConflictAndStoresNothing() throws Exception {
    String caseId = caseAtStep("registered");
    CaseEvent next = stepNamed("acknowledged").event();

    HttpResponse<String> stale = post("/cases/" + caseId + "/events", JSON.writeValueAsString(next), "\"1\"", "en");

    assertThat(stale.statusCode()).isEqualTo(409);
    JsonNode problem = JSON.readTree(stale.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:oversight-complaint:problem:version-conflict");
    assertThat(problem.get("expectedVersion").asLong()).isEqualTo(1);
    assertThat(problem.get("currentVersion").asLong()).isEqualTo(2);
  }

  @Test
  void aCommandWithoutIfMatchIsRefusedAsPreconditionRequired() throws Exception {
    String caseId = caseAtStep("registered");

    HttpResponse<String> answer = post("/cases/" + caseId + "/events",
        JSON.writeValueAsString(stepNamed("acknowledged").event()), null, "sv");

    assertThat(answer.statusCode()).isEqualTo(428);
    assertThat(JSON.readTree(answer.body()).get("title").asString()).isEqualTo("Version saknas");
  }

  @Test
  void anEventThatIsNotTheWireFormatIsABadRequestNamingTheJsonPointer() throws Exception {
    String caseId = caseAtStep("registered");
    String broken = JSON.writeValueAsString(stepNamed("acknowledged").event())
        .replace("\"at\":\"2026-03-02T09:10:00Z\"", "\"at\":\"yesterday\"");

    HttpResponse<String> answer = post("/cases/" + caseId + "/events", broken, "\"2\"", "en");

    assertThat(broken).contains("\"at\":\"yesterday\"");
    assertThat(answer.statusCode()).isEqualTo(400);
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:oversight-complaint:problem:unreadable");
    assertThat(problem.has("pointer")).as(answer.body()).isTrue();
    assertThat(problem.get("pointer").asString()).isEqualTo("/at");
  }

  @Test
  void ofConcurrentWritersOfOneVersionExactlyOneIsStoredAndTheOthersAreTold() throws Exception {
    String caseId = caseAtStep("registered");
    String acknowledged = JSON.writeValueAsString(stepNamed("acknowledged").event());
    int writers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      java.util.List<Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < writers; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return post("/cases/" + caseId + "/events", acknowledged, "\"2\"", "en");
        }));
      }
      start.countDown();
      java.util.List<Integer> statuses = new java.util.ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS).statusCode());
      }

      assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
      assertThat(statuses).filteredOn(status -> status != 200).containsOnly(409);
      assertThat(get("/cases/" + caseId, "en").headers().firstValue("ETag")).hasValue("\"3\"");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anUnknownCaseIsNotFound() throws Exception {
    HttpResponse<String> answer = get("/cases/no-such-case", "en");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(answer.body()).get("caseId").asString()).isEqualTo("no-such-case");
  }

  @Test
  void theAssessmentAndTheComplainantsViewComeFromThePack() throws Exception {
    String caseId = caseAtStep("serious allegation added");

    JsonNode assessment = JSON.readTree(get("/cases/" + caseId + "/assessment?at=2026-03-11T10:00:00Z", "en").body());
    HttpResponse<String> view = get("/cases/" + caseId + "/views/COMPLAINANT?viewer="
        + Complaints.COMPLAINANT_ID.value(), "en");
    HttpResponse<String> strangerView = get("/cases/" + caseId + "/views/COMPLAINANT?viewer=nobody", "en");

    assertThat(assessment.get("escalations")).as(assessment.toString()).isNotEmpty();
    assertThat(view.statusCode()).isEqualTo(200);
    assertThat(view.body()).doesNotContain(Complaints.OFFICER.serviceNumber().getOrElse("-"));
    assertThat(strangerView.statusCode()).isEqualTo(422);
  }

  @Test
  void aStoredEventEditedBehindTheServicesBackIsFoundByItsChainAndNotReplayed() throws Exception {
    String caseId = caseAtStep("acknowledged");
    JdbcClient jdbc = service.getBean(JdbcClient.class);
    int edited = jdbc.sql(redateStoredEvent()).param(caseId).update();

    HttpResponse<String> answer = get("/cases/" + caseId, "en");

    assertThat(edited).isEqualTo(1);
    assertThat(answer.statusCode()).isEqualTo(500);
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:oversight-complaint:problem:history-tampered");
    assertThat(problem.get("position").asInt()).isEqualTo(2);
    assertThat(problem.get("break").asString()).isEqualTo("CHANGED");
  }

  @Test
  void aStoredEventDeletedBehindTheServicesBackIsFoundAtTheEventAfterIt() throws Exception {
    String caseId = caseAtStep("assessed");
    service.getBean(JdbcClient.class).sql("delete from case_event where case_id = ? and version = 2")
        .param(caseId).update();

    JsonNode problem = JSON.readTree(get("/cases/" + caseId + "/assessment", "en").body());

    assertThat(problem.get("status").asInt()).isEqualTo(500);
    assertThat(problem.get("position").asInt()).isEqualTo(1);
    assertThat(problem.get("break").asString()).isEqualTo("NOT_CHAINED_TO_PREDECESSOR");
  }

  String caseAtStep(String label) throws IOException, InterruptedException {
    String caseId = "http-" + UUID.randomUUID();
    assertThat(post("/cases", receiptWithId(OSLO.history().head().event(), caseId), null, "en").statusCode())
        .isEqualTo(201);
    String etag = "\"1\"";
    for (Scenario.Step step : OSLO.history().tail()) {
      HttpResponse<String> executed = post("/cases/" + caseId + "/events", JSON.writeValueAsString(step.event()),
          etag, "en");
      assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);
      etag = executed.headers().firstValue("ETag").orElseThrow();
      if (step.label().equals(label)) {
        return caseId;
      }
    }
    throw new IllegalArgumentException("no step " + label);
  }

  static Scenario.Step stepNamed(String label) {
    return OSLO.history().find(step -> step.label().equals(label)).getOrElseThrow(IllegalArgumentException::new);
  }

  private static String receiptWithId(CaseEvent receipt, String caseId) {
    // One case per test: the catalogue's receipt under a fresh case id.
    tools.jackson.databind.node.ObjectNode json = (tools.jackson.databind.node.ObjectNode) JSON.valueToTree(receipt);
    json.put("caseId", caseId);
    return JSON.writeValueAsString(json);
  }

  private static JsonNode find(JsonNode answers, String command) {
    for (JsonNode answer : answers) {
      if (answer.get("command").asString().equals(command)) {
        return answer;
      }
    }
    throw new AssertionError("no answer for " + command + " in " + answers);
  }

  HttpResponse<String> post(String path, String body, String ifMatch, String language)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .header("Accept-Language", language)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
