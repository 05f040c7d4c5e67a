/**
 * The Drools wiring behind {@link org.opendvc.rules.RulesEngine}: the facts the rules match, the
 * per-request result sheets their consequences write to, and the pooled sessions. No compatibility
 * promise.
 */
@NullMarked
package org.opendvc.rules.internal;

import org.jspecify.annotations.NullMarked;
