/**
 * Testing support for OpenDVC users: the {@code dvc} command line for test teams, the portal
 * simulator, synthetic registries and data, JUnit 5 support, and the generators that keep {@code
 * docs/} in step with the code.
 */
@NullMarked
package org.opendvc.testkit;

import org.jspecify.annotations.NullMarked;
