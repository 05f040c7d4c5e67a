/**
 * The shared vocabulary of OpenDVC: localized text, the exception root, and the subpackages that
 * hold the procedure model ({@code procedure}), the data dictionary ({@code dictionary}),
 * identifiers ({@code id}), diagnostics ({@code diagnostic}) and the DVCQG procedure package
 * mapping ({@code dvcqg}).
 *
 * <p>Everything in {@code org.opendvc.core.internal} is an implementation detail with no
 * compatibility promise.
 */
@NullMarked
package org.opendvc.core;

import org.jspecify.annotations.NullMarked;
