/**
 * Synthetic national registries for tests, demonstrations and the portal simulator: made-up people
 * and enterprises with valid-looking identifiers, answering through the {@link
 * org.opendvc.core.registry.RegistryLookup} SPI, with switches for a registry that is down, slow,
 * refusing, or answering only in part.
 */
@NullMarked
package org.opendvc.testkit.registry;

import org.jspecify.annotations.NullMarked;
