/**
 * Values of data elements and the subjects they describe: what registries return, what forms
 * collect and what rules reason over, in one typed vocabulary.
 */
@NullMarked
package org.opendvc.core.data;

import org.jspecify.annotations.NullMarked;
