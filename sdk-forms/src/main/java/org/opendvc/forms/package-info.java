/**
 * E-form definitions (tờ khai điện tử): fields bound to data elements and subjects, expressions,
 * prefill from national databases with provenance, validation of submissions and the burden
 * estimate.
 */
@NullMarked
package org.opendvc.forms;

import org.jspecify.annotations.NullMarked;
