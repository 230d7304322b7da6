package org.oversight.complaint.rules;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.Objects;
import java.util.function.Predicate;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Track;

/**
 * A routing rule: which body handles which track (DK conduct and criminal → DUP, disposition →
 * district; NO conduct → politimester, criminal → Spesialenheten; SE criminal → SU; E&amp;W → the
 * appropriate authority).
 *
 * <p>Facts of the case can change the route: {@link #route(ComplaintCase, Track)} sees the case (E&amp;W:
 * a complaint about the chief officer is handled by the local policing body, see
 * {@link #whenCase}). The pack checks an assessment against it.
 *
 * <h2>Specification for implementors</h2>
 * Must be thread-safe, deterministic and must not throw for any track or valid case.
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
   * Returns the route for a track, given the facts of a case (its parties, flags and history). By
   * default the track alone decides.
   *
   * @param complaint the case, not null
   * @param track the track it is assessed to (which may differ from its current track), not null
   * @return the route, none if the rule does not route the track, never null
   */
  default Option<Route> route(ComplaintCase complaint, Track track) {
    return route(track);
  }

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
    RoutingRule self = this;
    return new RoutingRule() {
      @Override
      public Option<Route> route(Track t) {
        return t == track ? Option.some(route) : self.route(t);
      }

      @Override
      public Option<Route> route(ComplaintCase complaint, Track t) {
        return t == track ? Option.some(route) : self.route(complaint, t);
      }
    };
  }

  /**
   * Returns a copy that routes the given tracks of a case for which a condition holds to another
   * route (E&amp;W: when the subject is the chief officer, the appropriate authority is the local
   * policing body, Police Reform Act 2002 s. 29(1)). The track alone still routes as before.
   *
   * @param tracks the tracks the exception applies to, not null
   * @param condition the condition on the case, pure and deterministic, not null
   * @param route the route when it holds, not null
   * @return the new rule, never null
   * @throws NullPointerException if an argument is null
   */
  default RoutingRule whenCase(java.util.Set<Track> tracks, Predicate<ComplaintCase> condition, Route route) {
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    Objects.requireNonNull(condition, "condition is null");
    Objects.requireNonNull(route, "route is null");
    RoutingRule self = this;
    return new RoutingRule() {
      @Override
      public Option<Route> route(Track track) {
        return self.route(track);
      }

      @Override
      public Option<Route> route(ComplaintCase complaint, Track track) {
        return t.contains(track) && condition.test(complaint) ? Option.some(route) : self.route(complaint, track);
      }
    };
  }
}
