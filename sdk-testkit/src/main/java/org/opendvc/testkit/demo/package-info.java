/**
 * The end-to-end demonstration behind {@code dvc demo}: synthetic families through birth
 * registration and the interconnected procedures, on the embedded portal simulator or another
 * portal.
 */
@NullMarked
package org.opendvc.testkit.demo;

import org.jspecify.annotations.NullMarked;
