/** The {@code dvc} command line. Run it with {@code ./dvc} at the root of the repository. */
@NullMarked
package org.opendvc.testkit.cli;

import org.jspecify.annotations.NullMarked;
