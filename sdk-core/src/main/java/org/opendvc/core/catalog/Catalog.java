package org.opendvc.core.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureResult;

/**
 * A set of procedures loaded together, with lookup by code and date and by result code.
 *
 * <p>A procedure may have several definitions over time; {@link #find(ProcedureCode, LocalDate)}
 * returns the one in force on a date. Immutable and thread-safe.
 */
public final class Catalog {
  private final List<Procedure> procedures;
  private final Map<ProcedureCode, List<Procedure>> byCode;
  private final Map<String, List<Procedure>> byResultCode;

  private Catalog(List<Procedure> procedures) {
    this.procedures = List.copyOf(procedures);
    Map<ProcedureCode, List<Procedure>> codes = new HashMap<>();
    Map<String, List<Procedure>> results = new HashMap<>();
    for (Procedure p : this.procedures) {
      codes.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p);
      for (ProcedureResult r : p.results()) {
        if (r.code() != null) {
          results.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(p);
        }
      }
    }
    codes.replaceAll((k, v) -> List.copyOf(v));
    results.replaceAll((k, v) -> List.copyOf(v));
    this.byCode = Map.copyOf(codes);
    this.byResultCode = Map.copyOf(results);
  }

  /** A catalogue of {@code procedures}. */
  public static Catalog of(Collection<Procedure> procedures) {
    return new Catalog(List.copyOf(procedures));
  }

  /** Every procedure, in the order given. */
  public List<Procedure> procedures() {
    return procedures;
  }

  /** The number of procedure definitions. */
  public int size() {
    return procedures.size();
  }

  /** Whether any definition of {@code code} is present. */
  public boolean contains(ProcedureCode code) {
    return byCode.containsKey(code);
  }

  /** Every definition of {@code code}. */
  public List<Procedure> versions(ProcedureCode code) {
    return byCode.getOrDefault(code, List.of());
  }

  /** The definition of {@code code} in force on {@code date}, if there is one. */
  public Optional<Procedure> find(ProcedureCode code, LocalDate date) {
    return versions(code).stream().filter(p -> p.isEffectiveOn(date)).findFirst();
  }

  /** The procedures whose results include {@code resultCode}. */
  public List<Procedure> producersOf(String resultCode) {
    return byResultCode.getOrDefault(resultCode, List.of());
  }
}
