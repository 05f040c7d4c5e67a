/** JUnit 5 support: scenario files as dynamic tests, with the rule coverage gate. */
@NullMarked
package org.opendvc.testkit.junit;

import org.jspecify.annotations.NullMarked;
