/** JUnit 5 support: the portal simulator as an extension. */
@NullMarked
package org.opendvc.testkit.junit;

import org.jspecify.annotations.NullMarked;
