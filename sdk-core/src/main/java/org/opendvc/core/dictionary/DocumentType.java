package org.opendvc.core.dictionary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.law.LegalReference;

/**
 * A kind of document that Vietnamese procedures ask for, such as the birth certificate (giấy khai
 * sinh), with the names it goes by and what the state already holds of it.
 *
 * @param id the stable identifier, upper snake case, such as {@code BIRTH_CERTIFICATE}
 * @param category what kind of paper it is
 * @param name its usual name
 * @param aliases other names and spellings it appears under in published procedures ("trích lục
 *     khai sinh", "CMND/CCCD"...)
 * @param dataElements the data elements it carries
 * @param heldBy the registries that hold its content, so that it can be fetched instead of asked
 *     for
 * @param issuedBy the procedures whose result it is
 * @param abolishedOn the first day it no longer exists, such as 1 January 2023 for the household
 *     registration book
 * @param abolishedBy the law that abolished it
 */
public record DocumentType(
    String id,
    DocumentCategory category,
    LocalizedText name,
    List<String> aliases,
    List<String> dataElements,
    Set<Registry> heldBy,
    List<ProcedureCode> issuedBy,
    @Nullable LocalDate abolishedOn,
    @Nullable LegalReference abolishedBy) {

  /** Checks required parts and copies collections. */
  public DocumentType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    dataElements = List.copyOf(dataElements);
    heldBy = Set.copyOf(heldBy);
    issuedBy = List.copyOf(issuedBy);
  }

  /** Whether the document no longer exists on {@code date}. */
  public boolean isAbolishedOn(LocalDate date) {
    return abolishedOn != null && !date.isBefore(abolishedOn);
  }

  /** Whether the state already holds its content: in a registry, or as an earlier result. */
  public boolean isHeldByState() {
    return !heldBy.isEmpty() || !issuedBy.isEmpty();
  }
}
