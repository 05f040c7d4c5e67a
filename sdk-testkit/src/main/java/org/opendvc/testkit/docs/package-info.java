/**
 * Keeps {@code docs/} in step with the code: generates the reference pages (every diagnostic, every
 * published JSON Schema) and keeps the code samples of the guides identical to the compiled sources
 * they are taken from.
 */
@NullMarked
package org.opendvc.testkit.docs;

import org.jspecify.annotations.NullMarked;
