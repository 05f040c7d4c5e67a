/**
 * The procedure package of the National Public Service Portal (Cổng Dịch vụ công quốc gia, DVCQG),
 * as returned by its {@code LayThuTuc} service: import into the OpenDVC model and export back
 * without losing a field.
 */
@NullMarked
package org.opendvc.core.dvcqg;

import org.jspecify.annotations.NullMarked;
