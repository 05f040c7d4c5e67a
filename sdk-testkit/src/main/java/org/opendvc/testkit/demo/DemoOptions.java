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
   * The defaults: the embedded simulator and its login, one family, Vietnamese, seed 1, {@code
   * examples/}, and two synthetic ward agencies of Khánh Hòa (H56, the simulator's default prefix).
   */
  public static DemoOptions defaults() {
    return new DemoOptions(
        null,
        PortalSimulator.DEFAULT_USERNAME,
        PortalSimulator.DEFAULT_PASSWORD,
        PortalSimulator.DEFAULT_AGENCY,
        null,
        Language.VI,
        1,
        Path.of("examples"),
        AgencyCode.of("H56.14"),
        AgencyCode.of("H56.15"));
  }

  /** A copy pointing at {@code url}, or at the embedded simulator when {@code null}. */
  public DemoOptions withPortal(@Nullable URI url) {
    return new DemoOptions(
        url,
        username,
        password,
        portalAgency,
        dossiers,
        lang,
        seed,
        examples,
        civilStatusAgency,
        residenceAgency);
  }

  /** A copy making {@code count} dossiers, or telling one family's story when {@code null}. */
  public DemoOptions withDossiers(@Nullable Integer count) {
    return new DemoOptions(
        portal,
        username,
        password,
        portalAgency,
        count,
        lang,
        seed,
        examples,
        civilStatusAgency,
        residenceAgency);
  }

  /** A copy speaking {@code language}. */
  public DemoOptions withLang(Language language) {
    return new DemoOptions(
        portal,
        username,
        password,
        portalAgency,
        dossiers,
        language,
        seed,
        examples,
        civilStatusAgency,
        residenceAgency);
  }

  /** A copy with another seed. */
  public DemoOptions withSeed(long value) {
    return new DemoOptions(
        portal,
        username,
        password,
        portalAgency,
        dossiers,
        lang,
        value,
        examples,
        civilStatusAgency,
        residenceAgency);
  }

  /** A copy reading the example files from {@code folder}. */
  public DemoOptions withExamples(Path folder) {
    return new DemoOptions(
        portal,
        username,
        password,
        portalAgency,
        dossiers,
        lang,
        seed,
        folder,
        civilStatusAgency,
        residenceAgency);
  }

  /** A copy with another login. */
  public DemoOptions withLogin(String user, String secret, String agency) {
    return new DemoOptions(
        portal,
        user,
        secret,
        agency,
        dossiers,
        lang,
        seed,
        examples,
        civilStatusAgency,
        residenceAgency);
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
