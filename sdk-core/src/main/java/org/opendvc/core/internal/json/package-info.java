/** Internal JSON reading helpers. No compatibility promise. */
@NullMarked
package org.opendvc.core.internal.json;

import org.jspecify.annotations.NullMarked;
