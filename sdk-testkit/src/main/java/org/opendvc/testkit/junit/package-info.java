/**
 * JUnit 5 support: the portal simulator as an extension, and scenario files as dynamic tests with
 * the rule coverage gate.
 */
@NullMarked
package org.opendvc.testkit.junit;

import org.jspecify.annotations.NullMarked;
