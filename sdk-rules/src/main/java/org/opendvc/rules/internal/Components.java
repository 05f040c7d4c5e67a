package org.opendvc.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.DataElement;
import org.opendvc.core.dictionary.DocumentMatch;
import org.opendvc.core.dictionary.DocumentType;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dictionary.RegistryHolding;
import org.opendvc.core.json.JsonPointers;
import org.opendvc.core.procedure.DocumentRequirement;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureCase;
import org.opendvc.rules.DossierComponent;
import org.opendvc.rules.DossierComponent.Provision;

/** Turns the components of a procedure into facts, with what the catalogue knows of each. */
public final class Components {
  private final DataDictionary dictionary;

  public Components(DataDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** Every component of every case, not provided, about the applicant. */
  public List<ComponentFact> all(Procedure procedure) {
    List<ComponentFact> facts = new ArrayList<>();
    for (int i = 0; i < procedure.cases().size(); i++) {
      facts.addAll(ofCase(procedure, i, List.of()));
    }
    return facts;
  }

  /** The components of one case, with how {@code provided} says each was provided. */
  public List<ComponentFact> ofCase(
      Procedure procedure, int caseIndex, List<DossierComponent> provided) {
    ProcedureCase c = procedure.cases().get(caseIndex);
    List<ComponentFact> facts = new ArrayList<>();
    for (int j = 0; j < c.documents().size(); j++) {
      DocumentRequirement d = c.documents().get(j);
      String pointer =
          JsonPointers.index(JsonPointers.index("/cases", caseIndex) + "/documents", j);
      String key = d.code() != null ? d.code() : d.name().vi();
      DossierComponent given =
          provided.stream()
              .filter(p -> p.component().equals(key) || p.component().equals(d.name().vi()))
              .findFirst()
              .orElse(null);
      String declaredType =
          given != null && given.documentType() != null ? given.documentType() : d.documentType();
      DocumentType type = type(declaredType, d.name().vi());
      facts.add(
          new ComponentFact(
              pointer,
              key,
              d.name().vi(),
              type,
              abolished(type, d.name().vi()),
              d.replaceableByResult(),
              d.originals(),
              d.template() != null,
              d.dataElements(),
              registriesHoldingAll(d.dataElements()),
              given == null ? SubjectRole.APPLICANT : given.subject(),
              given == null ? Provision.NOT_PROVIDED : given.provision()));
    }
    return facts;
  }

  /** The declared type, or the best match of the name. */
  public @Nullable DocumentType type(@Nullable String declared, String name) {
    if (declared != null) {
      return dictionary.documentTypes().find(declared).orElse(null);
    }
    return dictionary.documentTypes().match(name).map(DocumentMatch::type).orElse(null);
  }

  /** The type of a document a registry holds, matched from its name. */
  public Optional<String> typeOf(String name) {
    return dictionary.documentTypes().match(name).map(m -> m.type().id());
  }

  private @Nullable DocumentType abolished(@Nullable DocumentType type, String name) {
    if (type != null && type.abolishedOn() != null) {
      return type;
    }
    return dictionary.documentTypes().matchAll(name).stream()
        .map(DocumentMatch::type)
        .filter(t -> t.abolishedOn() != null)
        .findFirst()
        .orElse(null);
  }

  /** The registries holding the elements, when every element is held by some registry. */
  private List<Registry> registriesHoldingAll(List<String> elements) {
    if (elements.isEmpty()) {
      return List.of();
    }
    Set<Registry> registries = new LinkedHashSet<>();
    for (String id : elements) {
      DataElement element = dictionary.element(id).orElse(null);
      if (element == null || !element.isHeldByRegistry()) {
        return List.of();
      }
      registries.add(element.heldBy().stream().map(RegistryHolding::registry).findFirst().get());
    }
    return List.copyOf(registries);
  }
}
