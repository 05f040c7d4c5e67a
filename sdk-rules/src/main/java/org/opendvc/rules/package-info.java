/**
 * Rules for eligibility, the once-only principle and full-online readiness, behind one facade with
 * no rule-engine type in its API.
 */
@NullMarked
package org.opendvc.rules;

import org.jspecify.annotations.NullMarked;
