/**
 * The exceptions the portal client throws: one unchecked root, {@link
 * org.opendvc.client.error.DvcqgException}, and a subtype for each way a call can fail. Every
 * exception carries the operation, the HTTP status, the portal's error code and the request id;
 * none carries personal data in its message.
 */
@NullMarked
package org.opendvc.client.error;

import org.jspecify.annotations.NullMarked;
