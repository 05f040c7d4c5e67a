/** Reading and writing JSON the same way everywhere: one configured mapper, located documents. */
@NullMarked
package org.opendvc.core.json;

import org.jspecify.annotations.NullMarked;
