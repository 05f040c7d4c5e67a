/**
 * Asking national registries for what they hold about a subject: the {@link
 * org.opendvc.core.registry.RegistryLookup} SPI that prefill, rules and the portal client share.
 */
@NullMarked
package org.opendvc.core.registry;

import org.jspecify.annotations.NullMarked;
