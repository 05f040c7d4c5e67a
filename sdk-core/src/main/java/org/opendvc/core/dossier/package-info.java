/**
 * Dossiers (hồ sơ): what a citizen or organisation submits and an agency processes, with the
 * national status codes reported to DVCQG and the legal transitions between them.
 */
@NullMarked
package org.opendvc.core.dossier;

import org.jspecify.annotations.NullMarked;
