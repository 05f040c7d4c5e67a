package org.opendvc.core.dictionary;

import java.util.Objects;

/**
 * A document type found in a free-text component name.
 *
 * @param type the document type
 * @param alias the name or alias that matched, as written in the catalogue
 * @param position the index of the first matching word in the folded name; smaller means the alias
 *     is closer to the head of the name
 */
public record DocumentMatch(DocumentType type, String alias, int position) {

  /** Checks the parts are present. */
  public DocumentMatch {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(alias, "alias");
  }
}
