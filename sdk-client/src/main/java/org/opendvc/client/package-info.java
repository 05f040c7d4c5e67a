/**
 * The typed client for the National Public Service Portal (Cổng Dịch vụ công quốc gia, DVCQG):
 * English, typed operations over the portal's wire format.
 */
@NullMarked
package org.opendvc.client;

import org.jspecify.annotations.NullMarked;
