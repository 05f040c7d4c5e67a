package org.opendvc.testkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in a test.
 *
 * @param status the exit status
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record DvcRun(int status, String out, String err) {

  /** Runs {@code dvc} with {@code args}. */
  static DvcRun dvc(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Dvc.run(args, new PrintWriter(out), new PrintWriter(err));
    return new DvcRun(status, out.toString(), err.toString());
  }
}
