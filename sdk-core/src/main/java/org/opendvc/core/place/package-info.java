/**
 * Administrative units (đơn vị hành chính): the provinces in force from 1 July 2025, the 63 earlier
 * provinces and how they merged, communes loaded from a dataset the caller supplies, and where an
 * address written before 1 July 2025 lies today. See {@code docs/places.md}.
 */
@NullMarked
package org.opendvc.core.place;

import org.jspecify.annotations.NullMarked;
