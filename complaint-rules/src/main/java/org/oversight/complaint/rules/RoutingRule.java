package org.oversight.complaint.rules;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Objects;
import org.oversight.complaint.core.Track;

/**
 * A routing rule: which body handles which track (DK conduct and criminal → DUP, disposition →
 * district; NO conduct → politimester, criminal → Spesialenheten; SE criminal → SU; E&amp;W → the
 * appropriate authority).
 *
 * <h2>Specification for implementors</h2>
 * Must be thread-safe, deterministic and must not throw for any track.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RoutingRule {

  /**
   * Returns the route for a track.
   *
   * @param track the track, not null
   * @return the route, none if the rule does not route the track, never null
   */
  Option<Route> route(Track track);

  /**
   * Routes by a table.
   *
   * @param table the route per track, not null
   * @return the rule, never null
   * @throws NullPointerException if table is null
   */
  static RoutingRule byTrack(Map<Track, Route> table) {
    Objects.requireNonNull(table, "table is null");
    return table::get;
  }

  /**
   * Returns a copy routing one more track (or one track differently).
   *
   * @param track the track, not null
   * @param route the route, not null
   * @return the new rule, never null
   * @throws NullPointerException if an argument is null
   */
  default RoutingRule with(Track track, Route route) {
    Objects.requireNonNull(track, "track is null");
    Objects.requireNonNull(route, "route is null");
    return t -> t == track ? Option.some(route) : route(t);
  }
}
