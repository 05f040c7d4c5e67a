/**
 * The administrative procedure (thủ tục hành chính, TTHC) model: what a procedure is, who handles
 * it, through which channels, in how long, for what fee, with which documents, on which legal
 * basis; our JSON format for it, and its validation.
 *
 * <p>Entry points: {@link org.opendvc.core.procedure.ProcedureLoader} to read and validate a file
 * in either format, {@link org.opendvc.core.procedure.Procedure} for the model.
 */
@NullMarked
package org.opendvc.core.procedure;

import org.jspecify.annotations.NullMarked;
