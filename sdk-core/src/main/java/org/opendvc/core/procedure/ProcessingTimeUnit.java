package org.opendvc.core.procedure;

/** The unit of a processing time. */
public enum ProcessingTimeUnit {
  /** Working days (ngày làm việc): weekends and public holidays do not count. */
  WORKING_DAYS,
  /** Calendar days (ngày). */
  DAYS,
  /** Working hours (giờ làm việc), within office hours. */
  WORKING_HOURS,
  /** Clock hours (giờ). */
  HOURS
}
