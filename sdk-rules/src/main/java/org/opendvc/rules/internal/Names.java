package org.opendvc.rules.internal;

import java.util.Collection;
import java.util.stream.Collectors;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.id.ProcedureCode;

/** Lists for messages: stable codes, the same in both languages. */
public final class Names {
  private Names() {}

  /** The registries' codes, sorted, joined with commas. */
  public static String registries(Collection<Registry> registries) {
    return registries.stream().sorted().map(Registry::name).collect(Collectors.joining(", "));
  }

  /** The procedure codes joined with commas. */
  public static String procedures(Collection<ProcedureCode> codes) {
    return codes.stream().map(ProcedureCode::value).collect(Collectors.joining(", "));
  }
}
