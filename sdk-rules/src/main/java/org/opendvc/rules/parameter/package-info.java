/**
 * Dated parameters: the numbers rules compare against (ages, time limits), each value keyed by the
 * date it takes effect and citing the law that sets it, so a change in the law is a change of data.
 */
@NullMarked
package org.opendvc.rules.parameter;

import org.jspecify.annotations.NullMarked;
