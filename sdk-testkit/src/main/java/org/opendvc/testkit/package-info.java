/**
 * Testing support for OpenDVC users: the {@code dvc} command line for test teams, and (as it grows)
 * the portal simulator, synthetic registries and JUnit 5 support.
 */
@NullMarked
package org.opendvc.testkit;

import org.jspecify.annotations.NullMarked;
