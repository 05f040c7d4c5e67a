/**
 * How the client works: OkHttp, Jackson, the retry loop, authentication, answer dialects and
 * redaction. Not part of the API; no compatibility promise.
 */
@NullMarked
package org.opendvc.client.internal;

import org.jspecify.annotations.NullMarked;
