/** How the scorecard turns counts into points. Not API. */
@NullMarked
package org.opendvc.core.internal.scorecard;

import org.jspecify.annotations.NullMarked;
