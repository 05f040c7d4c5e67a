/**
 * The working-day calendar of Vietnam's civil service: the Vietnamese lunisolar calendar (âm lịch)
 * computed for UTC+7, public holidays under the Labour Code, official yearly schedules that
 * override them, and deadlines in working days and working hours.
 *
 * <p>Start with {@link org.opendvc.core.time.WorkingCalendar#standard()}.
 */
@NullMarked
package org.opendvc.core.time;

import org.jspecify.annotations.NullMarked;
