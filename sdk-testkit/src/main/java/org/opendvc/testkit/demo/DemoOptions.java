package org.opendvc.testkit.demo;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.testkit.simulator.PortalSimulator;

/**
 * What {@link Demo} runs.
 *
 * @param portal the portal's base URL; {@code null} to start the embedded simulator
 * @param username the portal login
 * @param password the portal password
 * @param portalAgency the agency code the client logs in for ({@code madonvi})
 * @param dossiers how many dossiers to make, for load and fault tests; {@code null} for the story
 *     of one family told step by step
 * @param lang the language of the narrative and of the findings
 * @param seed the seed of the synthetic families (and of the embedded simulator)
 * @param examples the folder holding {@code catalog/} and {@code forms/}
 * @param civilStatusAgency the ward People's Committee that registers births (its code starts
 *     dossier codes, so it must carry the portal's province prefix)
 * @param residenceAgency the ward police that registers residence
 */
public record DemoOptions(
    @Nullable URI portal,
    String username,
    String password,
    String portalAgency,
    @Nullable Integer dossiers,
    Language lang,
    long seed,
    Path examples,
    AgencyCode civilStatusAgency,
    AgencyCode residenceAgency) {

  /** Checks the parts. */
  public DemoOptions {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(portalAgency, "portalAgency");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(examples, "examples");
    Objects.requireNonNull(civilStatusAgency, "civilStatusAgency");
    Objects.requireNonNull(residenceAgency, "residenceAgency");
    if (dossiers != null && dossiers < 1) {
      throw new IllegalArgumentException("dossiers must be at least 1, was " + dossiers);
    }
  }

  /**
   * A builder starting from the defaults: the embedded simulator and its login, one family,
   * Vietnamese, seed 1, {@code examples/}, and two synthetic ward agencies of Khánh Hòa (H56, the
   * simulator's default prefix).
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DemoOptions}; each setter replaces one default. */
  public static final class Builder {
    private @Nullable URI portal;
    private String username = PortalSimulator.DEFAULT_USERNAME;
    private String password = PortalSimulator.DEFAULT_PASSWORD;
    private String portalAgency = PortalSimulator.DEFAULT_AGENCY;
    private @Nullable Integer dossiers;
    private Language lang = Language.VI;
    private long seed = 1;
    private Path examples = Path.of("examples");

    private Builder() {}

    /** The portal's base URL; {@code null} (the default) for the embedded simulator. */
    public Builder portal(@Nullable URI value) {
      portal = value;
      return this;
    }

    /** The login and the agency code the client logs in for. */
    public Builder login(String user, String secret, String agency) {
      username = user;
      password = secret;
      portalAgency = agency;
      return this;
    }

    /** How many dossiers to make; {@code null} (the default) for one family's story. */
    public Builder dossiers(@Nullable Integer value) {
      dossiers = value;
      return this;
    }

    /** The language; Vietnamese by default. */
    public Builder lang(Language value) {
      lang = value;
      return this;
    }

    /** The seed; 1 by default. */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /** The folder holding {@code catalog/} and {@code forms/}; {@code examples} by default. */
    public Builder examples(Path value) {
      examples = value;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException if {@code dossiers} is below 1
     */
    public DemoOptions build() {
      return new DemoOptions(
          portal,
          username,
          password,
          portalAgency,
          dossiers,
          lang,
          seed,
          examples,
          AgencyCode.of("H56.14"),
          AgencyCode.of("H56.15"));
    }
  }

  /** Masks the password. */
  @Override
  public String toString() {
    return "DemoOptions[portal="
        + (portal == null ? "embedded" : portal)
        + ", dossiers="
        + dossiers
        + ", lang="
        + lang
        + ", seed="
        + seed
        + "]";
  }
}
