/**
 * Diagnostics: the one way every validator in OpenDVC reports a problem with a definition, a file
 * or a value. A {@link org.opendvc.core.diagnostic.Diagnostic} has a stable code, a severity, the
 * file and JSON Pointer it concerns, and a message in Vietnamese and English.
 */
@NullMarked
package org.opendvc.core.diagnostic;

import org.jspecify.annotations.NullMarked;
