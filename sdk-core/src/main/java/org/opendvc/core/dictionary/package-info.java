/**
 * The data dictionary (từ điển dữ liệu): data elements such as {@code person.fullName}, the
 * national registries that hold them, and the catalogue of document types that procedures ask for.
 */
@NullMarked
package org.opendvc.core.dictionary;

import org.jspecify.annotations.NullMarked;
