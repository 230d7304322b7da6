package org.oversight.complaint.examples.spring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.UUID;

/** The service over real HTTP with its events in an in-memory H2 database of its own. */
class ComplaintServiceHttpTest extends ComplaintServiceOverHttp {

  @Override
  Seq<String> databaseArguments() {
    return List.of("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Override
  String redateStoredEvent() {
    return "update case_event set event = replace(event, '09:10:00Z', '09:10:01Z') where case_id = ? and version = 3";
  }
}
