/**
 * How {@code sdk-forms} works inside: the CEL environment, compiled forms, the evaluator and the
 * value checks. No compatibility promise: nothing here is API, and no CEL type leaves this package
 * through a public signature of the module.
 */
@NullMarked
package org.opendvc.forms.internal;

import org.jspecify.annotations.NullMarked;
