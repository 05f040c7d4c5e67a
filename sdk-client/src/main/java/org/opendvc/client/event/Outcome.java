package org.opendvc.client.event;

/** How an attempt or a call ended. */
public enum Outcome {
  /** The portal accepted the request. */
  SUCCESS,
  /** The portal said the dossier already exists; the client switched to an update. */
  ALREADY_EXISTS,
  /** The portal rejected the content (validation or another business refusal). */
  REJECTED,
  /** The portal refused the credentials (HTTP 401 or a failed login). */
  UNAUTHORIZED,
  /** The portal asked the client to slow down (HTTP 429). */
  RATE_LIMITED,
  /** The portal failed (HTTP 5xx). */
  SERVER_ERROR,
  /** No answer in time. */
  TIMEOUT,
  /** The connection could not be made or broke. */
  CONNECTION_FAILED,
  /** The answer could not be read (malformed JSON, HTML, truncated). */
  MALFORMED_ANSWER
}
