/**
 * How the client proves who it is to the portal: a session login with a user name and password, as
 * DVCQG adapters use, or OAuth 2.0 client credentials.
 */
@NullMarked
package org.opendvc.client.auth;

import org.jspecify.annotations.NullMarked;
