package org.opendvc.core.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;

/**
 * The communes, wards and special zones in force from 1 July 2025, loaded from a dataset the caller
 * supplies, with lookups by code and by name.
 *
 * <p>OpenDVC ships the 34 provinces ({@link Province}) but not the 3,321 communes: load the
 * national list from a CSV or JSON file in the format described in {@code docs/places.md} (JSON
 * Schema {@code communes.schema.json}) with {@link #read(Path)}. Loading reports every problem in
 * the file as a diagnostic with its line and column. {@link #sample()} is a handful of communes of
 * Khánh Hòa for trying the API, not for production.
 *
 * <p>When the dataset also lists the earlier communes each current one was formed from, {@link
 * #resolveLegacy(LegacyAddress)} takes an address from before 1 July 2025 (say, from the national
 * population database) to today's commune; with or without them, it takes it to today's province.
 *
 * <p>Immutable and thread-safe: load once and share. Lookups cost a map access; nothing is computed
 * per call that could be computed at load time.
 */
public final class AdministrativeUnits {
  /** The classpath resource holding the {@linkplain #sample() sample dataset}. */
  public static final String SAMPLE_RESOURCE = "/org/opendvc/core/place/sample-communes.json";

  private static final AdministrativeUnits EMPTY = new AdministrativeUnits(List.of());

  private static final class SampleHolder {
    static final AdministrativeUnits SAMPLE = loadSample();
  }

  private final Map<String, Commune> byCode;
  private final Map<Province, List<Commune>> byProvince;
  private final Map<Province, NameIndex<Commune>> names;
  private final LegacyResolver resolver;

  private AdministrativeUnits(List<Commune> communes) {
    Map<String, Commune> codes = new LinkedHashMap<>();
    Map<Province, List<Commune>> provinces = new EnumMap<>(Province.class);
    Map<Province, NameIndex.Builder<Commune>> nameBuilders = new EnumMap<>(Province.class);
    for (Commune commune : communes) {
      if (codes.putIfAbsent(commune.code(), commune) != null) {
        throw new IllegalArgumentException("Duplicate commune code: " + commune.code());
      }
      provinces.computeIfAbsent(commune.province(), p -> new ArrayList<>()).add(commune);
      nameBuilders
          .computeIfAbsent(commune.province(), p -> NameIndex.builder(PlaceNames.Level.COMMUNE))
          .add(commune.name(), commune)
          .add(commune.fullName(), commune);
    }
    this.byCode = Collections.unmodifiableMap(codes);
    this.byProvince = new EnumMap<>(Province.class);
    provinces.forEach((p, list) -> byProvince.put(p, List.copyOf(list)));
    this.names = new EnumMap<>(Province.class);
    nameBuilders.forEach((p, builder) -> names.put(p, builder.build()));
    this.resolver = new LegacyResolver(communes);
  }

  /** A registry without communes: lookups find nothing, but provinces still resolve. */
  public static AdministrativeUnits empty() {
    return EMPTY;
  }

  /**
   * A registry of the given communes.
   *
   * @throws IllegalArgumentException if two communes share a code
   */
  public static AdministrativeUnits of(Collection<Commune> communes) {
    return new AdministrativeUnits(List.copyOf(communes));
  }

  /**
   * Reads a dataset file, CSV or JSON by its extension ({@code .csv}, {@code .json}).
   *
   * <p>The result holds every commune that could be read, with every problem found; it is
   * {@linkplain Validated#isValid() valid} only when there is no error. A file that cannot be read
   * at all gives no value.
   */
  public static Validated<AdministrativeUnits> read(Path file) {
    Objects.requireNonNull(file, "file");
    String label = file.toString();
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      Validated<JsonDocument> doc = JsonDocument.read(file, label);
      return doc.value().isPresent()
          ? readJson(doc.value().get())
          : Validated.invalid(doc.diagnostics());
    }
    if (!name.endsWith(".csv")) {
      return Validated.invalid(
          PlaceDiagnostics.DATASET_FORMAT_UNKNOWN.at("", label).withFile(label));
    }
    try {
      if (Files.size(file) > JsonDocument.MAX_FILE_BYTES) {
        return unreadable(label, "larger than " + JsonDocument.MAX_FILE_BYTES + " bytes");
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      return readCsv(text, label);
    } catch (CharacterCodingException e) {
      return unreadable(label, "not valid UTF-8");
    } catch (IOException e) {
      return unreadable(label, e.getClass().getSimpleName());
    }
  }

  /**
   * Reads a dataset in CSV form.
   *
   * @param text the CSV text
   * @param file how diagnostics name the source, or {@code null}
   * @see #read(Path)
   */
  public static Validated<AdministrativeUnits> readCsv(String text, @Nullable String file) {
    return CommuneCsvReader.read(Objects.requireNonNull(text, "text"), file);
  }

  /**
   * Reads a dataset in JSON form ({@code communes.schema.json}).
   *
   * @see #read(Path)
   */
  public static Validated<AdministrativeUnits> readJson(JsonDocument document) {
    return CommuneJsonReader.read(Objects.requireNonNull(document, "document"));
  }

  /**
   * A few communes and wards of Khánh Hòa with the earlier communes they were formed from, for
   * trying the API and for tests. Not the national list. Its sources are cited in {@code
   * docs/places.md}.
   */
  public static AdministrativeUnits sample() {
    return SampleHolder.SAMPLE;
  }

  /** The commune with a five-digit code, if the dataset has it. */
  public Optional<Commune> commune(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Every commune of the dataset, in the order of the file. */
  public Collection<Commune> communes() {
    return byCode.values();
  }

  /**
   * The communes of {@code province}, in the order of the file; empty when the dataset has none.
   */
  public List<Commune> communes(Province province) {
    return byProvince.getOrDefault(Objects.requireNonNull(province, "province"), List.of());
  }

  /**
   * The communes of {@code province} with this name, ignoring diacritics, case, punctuation and the
   * unit word ("Phường Bắc Nha Trang", "P. Bac Nha Trang" and "bắc nha trang" find the same ward).
   * Usually one; empty when none; several when a province has two units of the same name.
   */
  public List<Commune> findByName(Province province, String name) {
    Objects.requireNonNull(name, "name");
    NameIndex<Commune> index = names.get(Objects.requireNonNull(province, "province"));
    return index == null ? List.of() : index.find(name);
  }

  /**
   * Where an address written before 1 July 2025 lies today.
   *
   * <p>The province comes from the earlier province code (or, failing that, its name) through
   * {@link LegacyProvince#successor()}, whatever the dataset holds: an {@linkplain #empty() empty}
   * registry resolves provinces too. The commune comes from the earlier commune code, or else its
   * name within the earlier province (narrowed by the district when given), when the dataset lists
   * that earlier commune under exactly one current commune. The result says which way it went and
   * notes what was unknown, conflicting, divided or ambiguous.
   */
  public LegacyResolution resolveLegacy(LegacyAddress address) {
    return resolver.resolve(Objects.requireNonNull(address, "address"));
  }

  /** The number of communes. */
  public int size() {
    return byCode.size();
  }

  private static Validated<AdministrativeUnits> unreadable(String label, String reason) {
    return Validated.invalid(PlaceDiagnostics.CSV_UNREADABLE.at("", reason).withFile(label));
  }

  private static AdministrativeUnits loadSample() {
    try (InputStream in = AdministrativeUnits.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      Objects.requireNonNull(in, "missing resource " + SAMPLE_RESOURCE);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // A defect here is a build defect: AdministrativeUnitsTest loads this resource.
      return readJson(JsonDocument.parse(text, SAMPLE_RESOURCE).orElseThrow()).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SAMPLE_RESOURCE, e);
    }
  }
}
