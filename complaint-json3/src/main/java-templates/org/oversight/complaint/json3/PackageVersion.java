package org.oversight.complaint.json3;

import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this module, filled in from the POM at build time (templating-maven-plugin,
 * {@code src/main/java-templates}), as Jackson's own modules do with {@code PackageVersion.java.in}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PackageVersion implements Versioned {

  /** This module's version: group {@code ${project.groupId}}, artifact {@code ${project.artifactId}}. */
  public static final Version VERSION =
      VersionUtil.parseVersion("${project.version}", "${project.groupId}", "${project.artifactId}");

  /** Creates the version holder Jackson's {@link Versioned} contract asks for. */
  public PackageVersion() {}

  @Override
  public Version version() {
    return VERSION;
  }
}
