/** Internal text helpers. No compatibility promise. */
@NullMarked
package org.opendvc.core.internal.text;

import org.jspecify.annotations.NullMarked;
