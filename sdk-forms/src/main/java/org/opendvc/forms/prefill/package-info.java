/**
 * Prefill from national databases: which registries to ask about whom ({@link
 * org.opendvc.forms.prefill.PrefillPlanner}), asking them ({@link
 * org.opendvc.forms.prefill.PrefillEngine}), the provenance and lock decision of each value, the
 * signed envelope that lets the server check locked values at submission, and the citizen's flag
 * that a registry value is wrong.
 */
@NullMarked
package org.opendvc.forms.prefill;

import org.jspecify.annotations.NullMarked;
