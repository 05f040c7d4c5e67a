/** Value types for Vietnamese identifiers that parse, validate, normalise, mask and explain. */
@NullMarked
package org.opendvc.core.id;

import org.jspecify.annotations.NullMarked;
