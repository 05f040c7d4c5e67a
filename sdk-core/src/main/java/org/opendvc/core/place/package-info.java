/**
 * Administrative units (đơn vị hành chính): the provinces in force from 1 July 2025, the 63 earlier
 * provinces and how they merged, and communes loaded from a dataset the caller supplies.
 */
@NullMarked
package org.opendvc.core.place;

import org.jspecify.annotations.NullMarked;
