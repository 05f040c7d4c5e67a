package org.opendvc.core.procedure;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * A case of a procedure (trường hợp) and the documents it requires. Many procedures have a single
 * case; others distinguish, for example, registration within and after the legal time limit.
 *
 * @param name the case's name, or {@code null} for the only case of a procedure
 * @param documents the documents required in this case
 */
public record ProcedureCase(@Nullable LocalizedText name, List<DocumentRequirement> documents) {

  /** Copies the list of documents. */
  public ProcedureCase {
    documents = List.copyOf(documents);
  }
}
