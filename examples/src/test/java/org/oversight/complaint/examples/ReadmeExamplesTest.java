package org.oversight.complaint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.fixtures.Scenario;
import org.oversight.complaint.fixtures.Scenarios;

/** The case-service snippet of the repository README (and examples/README.md), compiled and run. */
class ReadmeExamplesTest {

  @Test
  void theCaseServiceSnippet() {
    String url = "jdbc:h2:mem:readme-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    String user = "sa";
    String password = "";
    Scenario oslo = Scenarios.osloEscalatedToSpesialenheten();
    CaseEvent.ComplaintReceived receipt = (CaseEvent.ComplaintReceived) oslo.events().head();
    CaseEvent proposedEvent = oslo.events().get(1);

    // readme: case service
    JdbcEventStore store = new JdbcEventStore(() -> DriverManager.getConnection(url, user, password), new EventCodec());
    store.createSchema();
    CaseService service = new CaseService(store, CaseService::shippedPacks);

    ComplaintCase received = service.open(receipt).get();
    Either<ServiceFailure, ComplaintCase> result = service.handle(received.id(), received.version(), proposedEvent);
    // readme: end

    assertThat(result.get().status()).isEqualTo(CaseStatus.REGISTERED);
    assertThat(store.version(received.id())).isEqualTo(2);
  }
}
