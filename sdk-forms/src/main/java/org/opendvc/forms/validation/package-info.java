/**
 * Server-side validation of a submission: every problem at once, keyed by field path, in Vietnamese
 * and English; hidden fields dropped, calculations recomputed, identifiers checked, locked
 * prefilled values checked against the signed envelope, and the citizen's correction flags kept.
 */
@NullMarked
package org.opendvc.forms.validation;

import org.jspecify.annotations.NullMarked;
