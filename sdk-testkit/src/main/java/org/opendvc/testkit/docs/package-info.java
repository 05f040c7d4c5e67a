/**
 * Generates the reference pages under {@code docs/} from the code, so they cannot drift from it.
 */
@NullMarked
package org.opendvc.testkit.docs;

import org.jspecify.annotations.NullMarked;
