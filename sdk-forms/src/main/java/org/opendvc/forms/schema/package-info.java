/**
 * JSON Schema (2020-12) export of a form's data contract, with UI hints for JSON Forms and React
 * JSON Schema Form, so any front end can render the form and any JSON Schema validator can check
 * its data shape.
 */
@NullMarked
package org.opendvc.forms.schema;

import org.jspecify.annotations.NullMarked;
