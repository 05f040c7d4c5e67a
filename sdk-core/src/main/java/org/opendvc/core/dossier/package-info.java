/**
 * Dossiers (hồ sơ): what a citizen or organisation submits and an agency processes, with the
 * national status codes reported to DVCQG and the legal transitions between them.
 *
 * <ul>
 *   <li>{@link org.opendvc.core.dossier.Dossier}: the immutable dossier and its append-only event
 *       log;
 *   <li>{@link org.opendvc.core.dossier.DossierLifecycle}: the only way to change one, move by
 *       legal move;
 *   <li>{@link org.opendvc.core.dossier.DossierDeadlines}: due dates on the working-day calendar,
 *       with waiting time not counted, and the eight-hour receipt obligation;
 *   <li>{@link org.opendvc.core.dossier.DossierCodeGenerator}: dossier codes, a daily sequence per
 *       agency over a {@link org.opendvc.core.dossier.SequenceStore};
 *   <li>{@link org.opendvc.core.dossier.DossierJson} and {@link
 *       org.opendvc.core.dossier.DossierJsonLines}: the JSON Lines format ({@code
 *       dossier.schema.json}).
 * </ul>
 */
@NullMarked
package org.opendvc.core.dossier;

import org.jspecify.annotations.NullMarked;
