package org.opendvc.rules.internal;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.dictionary.DocumentCategory;
import org.opendvc.core.dictionary.DocumentType;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.rules.DossierComponent.Provision;

/**
 * One component of a procedure with what the catalogue knows of its document type: the fact the
 * once-only and readiness rules reason over, at design time and for a dossier.
 */
public final class ComponentFact {
  private final String pointer;
  private final String component;
  private final String name;
  private final @Nullable DocumentType type;
  private final @Nullable DocumentType abolishedType;
  private final @Nullable String replaceableByResult;
  private final int originals;
  private final boolean template;
  private final List<String> dataElements;
  private final List<Registry> dataHeldBy;
  private final SubjectRole role;
  private final Provision provision;

  public ComponentFact(
      String pointer,
      String component,
      String name,
      @Nullable DocumentType type,
      @Nullable DocumentType abolishedType,
      @Nullable String replaceableByResult,
      int originals,
      boolean template,
      List<String> dataElements,
      List<Registry> dataHeldBy,
      SubjectRole role,
      Provision provision) {
    this.pointer = pointer;
    this.component = component;
    this.name = name;
    this.type = type;
    this.abolishedType = abolishedType;
    this.replaceableByResult = replaceableByResult;
    this.originals = originals;
    this.template = template;
    this.dataElements = List.copyOf(dataElements);
    this.dataHeldBy = List.copyOf(dataHeldBy);
    this.role = role;
    this.provision = provision;
  }

  public String getPointer() {
    return pointer;
  }

  public String getComponent() {
    return component;
  }

  public String getName() {
    return name;
  }

  public @Nullable DocumentType getType() {
    return type;
  }

  public @Nullable String getTypeId() {
    return type == null ? null : type.id();
  }

  public @Nullable DocumentCategory getCategory() {
    return type == null ? null : type.category();
  }

  /** The registries holding the type's content, the e-document warehouse aside. */
  public Set<Registry> getRegistries() {
    if (type == null) {
      return Set.of();
    }
    return type.heldBy().stream()
        .filter(r -> r != Registry.E_DOCUMENT_WAREHOUSE)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Whether a registry other than the warehouse holds the type. */
  public boolean isHeldByRegistry() {
    return !getRegistries().isEmpty();
  }

  /** Whether the type is the result of another procedure (an earlier electronic result). */
  public boolean isEarlierResult() {
    return type != null && !type.issuedBy().isEmpty();
  }

  /** A document type mentioned in the component's name or declared, that has been abolished. */
  public @Nullable DocumentType getAbolishedType() {
    return abolishedType;
  }

  /** The day the abolished type stopped existing, or null when nothing abolished is asked for. */
  public java.time.@Nullable LocalDate getAbolishedOn() {
    return abolishedType == null ? null : abolishedType.abolishedOn();
  }

  /** The procedures whose result the type is. */
  public List<org.opendvc.core.id.ProcedureCode> getIssuedBy() {
    return type == null ? List.of() : type.issuedBy();
  }

  public @Nullable String getReplaceableByResult() {
    return replaceableByResult;
  }

  public int getOriginals() {
    return originals;
  }

  /** Whether the component comes with a form template (an e-form online). */
  public boolean isTemplate() {
    return template;
  }

  public List<String> getDataElements() {
    return dataElements;
  }

  /** The registries holding every one of the component's data elements; empty if any is not. */
  public List<Registry> getDataHeldBy() {
    return dataHeldBy;
  }

  public SubjectRole getRole() {
    return role;
  }

  public Provision getProvision() {
    return provision;
  }
}
