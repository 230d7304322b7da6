package org.oversight.complaint.examples.spring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.SpringApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot 4 REST service for complaint cases, the way an integrator would embed oversight-complaint:
 * {@link CaseController} receives complaints and commands as JSON in the library's wire format,
 * {@link CaseCommands} executes each command through the jurisdiction's {@code RulePack.execute} (the one
 * path that checks the state graph, the data and the law), {@link CaseStore} keeps the events in a
 * relational database through Spring's {@code JdbcClient}, and {@link Problems} answers every refusal as
 * an RFC 9457 problem detail carrying the rejection, its message in the request's language and its legal
 * basis.
 *
 * <p>The JSON wire format comes from complaint-json3: its Jackson 3 module is found by Jackson's service
 * loader when Boot builds its {@code JsonMapper}; nothing here registers it by hand.
 *
 * <p>Run it with {@code mvn -q -pl examples/spring-boot -am -Pserve -DskipTests verify} from the
 * repository root; it listens on port 8080 and keeps its events in an in-memory H2 database, or in
 * PostgreSQL as {@code jsonb} with the {@code postgresql} profile and {@code spring.datasource.url}.
 */
@SpringBootApplication
public class ComplaintServiceApplication {

  /**
   * The clock the service reads "now" from; the library itself never reads a clock. The property
   * {@code complaint.clock} (an ISO instant) fixes it, for tests and for replaying a past day.
   *
   * @param fixed the instant to fix the clock at, empty for the system clock
   * @return the clock, in UTC, never null
   */
  @Bean
  Clock clock(@Value("${complaint.clock:}") String fixed) {
    return fixed.isEmpty() ? Clock.systemUTC() : Clock.fixed(Instant.parse(fixed), ZoneOffset.UTC);
  }

  /**
   * Starts the service.
   *
   * @param args Spring Boot's command-line arguments, e.g. {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(ComplaintServiceApplication.class, args);
  }
}
