/** Catalogues: sets of procedures loaded together, and the checks that span procedures. */
@NullMarked
package org.opendvc.core.catalog;

import org.jspecify.annotations.NullMarked;
