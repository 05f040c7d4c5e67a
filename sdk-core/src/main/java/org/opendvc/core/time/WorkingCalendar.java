package org.opendvc.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The working-day calendar of a Vietnamese agency: which days are worked, and deadlines counted in
 * working days (ngày làm việc) and working hours (giờ làm việc).
 *
 * <p>A day is a working day unless it is a weekly rest day (Saturday and Sunday by default, per
 * Decision 188/1999/QĐ-TTg) or a day off of the year's holiday schedule; a rest day that the
 * schedule makes a swapped working day (ngày làm bù) is worked. The schedule of a year comes from
 * the first {@link HolidaySource} that has one: by default the official schedules OpenDVC ships
 * ({@link OfficialSchedules#standard()}), then the Labour Code's rules ({@link
 * StatutoryHolidays#standard()}). All times are read in {@link #zone()}, Asia/Ho_Chi_Minh by
 * default.
 *
 * <h2>Deadlines in working days</h2>
 *
 * A dossier's processing time counts from the working day after the day it is received. The
 * <b>receipt day</b> ({@link #receiptDay(LocalDateTime)}) is the day of receipt when that day is a
 * working day and the receipt comes no later than the close of its office hours (before opening and
 * during the lunch break count too); a receipt after closing, or on a rest day or holiday, counts
 * as received on the next working day. Then {@link #addWorkingDays(LocalDateTime, int)
 * addWorkingDays(receipt, n)} is the n-th working day after the receipt day, and the result is due
 * by the close of office hours on it ({@link #endOfOfficeHours(LocalDate)}). {@code n = 0} means
 * "within the working day of receipt": the receipt day itself, as for same-day procedures.
 *
 * <h2>Deadlines in working hours</h2>
 *
 * {@link #addWorkingHours(Instant, long)} counts only time within office hours of working days,
 * across lunch breaks, nights, weekends and holidays. {@link #receiptConfirmationDeadline(Instant)}
 * applies it to the eight working hours Decree 45/2020/NĐ-CP gives an agency to confirm receipt of
 * an online dossier or ask for more.
 *
 * <p>Supported dates: 1900 to 2100, and only years some holiday source covers (the default sources
 * cover 2014 to 2100); others throw {@link DateTimeException}. Each year is laid out on first use
 * and kept, so look-ups cost a few array reads. Immutable and thread-safe: build one and share it.
 */
public final class WorkingCalendar {
  /** Vietnam's time zone. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The working hours Decree 45/2020/NĐ-CP allows for confirming receipt of a dossier. */
  public static final int RECEIPT_CONFIRMATION_HOURS = 8;

  private static final int FIRST_YEAR = LunisolarCalendar.MIN_DATE.getYear();
  private static final int LAST_YEAR = LunisolarCalendar.MAX_DATE.getYear();

  private static final class StandardHolder {
    static final WorkingCalendar STANDARD = builder().build();
  }

  private final List<HolidaySource> sources;
  private final Set<DayOfWeek> weeklyRestDays;
  private final OfficeHours officeHours;
  private final ZoneId zone;
  private final AtomicReferenceArray<WorkingYear> years =
      new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

  private WorkingCalendar(Builder builder) {
    this.sources = List.copyOf(builder.sources);
    this.weeklyRestDays = Set.copyOf(builder.weeklyRestDays);
    this.officeHours = builder.officeHours;
    this.zone = builder.zone;
  }

  /**
   * The calendar of a state agency: the shipped official schedules, then the Labour Code's
   * holidays; Saturday and Sunday off; {@link OfficeHours#standard()}; Asia/Ho_Chi_Minh.
   */
  public static WorkingCalendar standard() {
    return StandardHolder.STANDARD;
  }

  /** A builder starting from the settings of {@link #standard()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this calendar's settings. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.sources = new ArrayList<>(sources);
    builder.weeklyRestDays = EnumSet.copyOf(weeklyRestDays);
    builder.officeHours = officeHours;
    builder.zone = zone;
    return builder;
  }

  /** The holiday sources, asked in this order. */
  public List<HolidaySource> holidaySources() {
    return sources;
  }

  /** The days of the week not worked. */
  public Set<DayOfWeek> weeklyRestDays() {
    return weeklyRestDays;
  }

  /** The office hours of a working day. */
  public OfficeHours officeHours() {
    return officeHours;
  }

  /** The time zone instants are read in. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The holiday schedule in force in {@code year}: the first source's that has one.
   *
   * @throws DateTimeException if the year is outside 1900..2100 or no source covers it
   */
  public HolidaySchedule schedule(int year) {
    return year(year).schedule();
  }

  /**
   * The days off of {@code year}, in date order, with their names and kinds.
   *
   * @throws DateTimeException if the year is outside 1900..2100 or no source covers it
   */
  public List<Holiday> holidays(int year) {
    return schedule(year).holidays();
  }

  /**
   * The day off on {@code date}, if it is one of the schedule's (weekly rest days are not).
   *
   * @throws DateTimeException if no source covers the date's year
   */
  public Optional<Holiday> holidayOn(LocalDate date) {
    return schedule(date.getYear()).holidayOn(date);
  }

  /**
   * Whether {@code date} is worked.
   *
   * @throws DateTimeException if no source covers the date's year
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return year(date.getYear()).isWorking(epochDay(date));
  }

  /** The first working day strictly after {@code date}. */
  public LocalDate nextWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return LocalDate.ofEpochDay(nthWorkingDayAfter(epochDay(date), 1));
  }

  /**
   * The working day a receipt at {@code receivedAt} counts for: that day, if it is a working day
   * and the receipt is no later than the close of office hours; otherwise the next working day.
   */
  public LocalDate receiptDay(LocalDateTime receivedAt) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    LocalDate day = receivedAt.toLocalDate();
    if (isWorkingDay(day) && !receivedAt.toLocalTime().isAfter(officeHours.closing())) {
      return day;
    }
    return nextWorkingDay(day);
  }

  /** {@link #receiptDay(LocalDateTime)} for an instant, read in {@link #zone()}. */
  public LocalDate receiptDay(Instant receivedAt) {
    return receiptDay(local(receivedAt));
  }

  /**
   * The working day a receipt on {@code receivedOn}, during its office hours, counts for: that day
   * if it is a working day, otherwise the next working day.
   */
  public LocalDate receiptDay(LocalDate receivedOn) {
    Objects.requireNonNull(receivedOn, "receivedOn");
    return isWorkingDay(receivedOn) ? receivedOn : nextWorkingDay(receivedOn);
  }

  /**
   * The due date of a processing time of {@code workingDays} working days for a dossier received at
   * {@code receivedAt}: the {@code workingDays}-th working day after the {@linkplain
   * #receiptDay(LocalDateTime) receipt day}, or the receipt day itself when {@code workingDays} is
   * 0. Due by the close of office hours that day.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative
   * @throws DateTimeException if the count runs past the years the holiday sources cover
   */
  public LocalDate addWorkingDays(LocalDateTime receivedAt, int workingDays) {
    checkNotNegative(workingDays);
    return plusWorkingDays(receiptDay(receivedAt), workingDays);
  }

  /** {@link #addWorkingDays(LocalDateTime, int)} for an instant, read in {@link #zone()}. */
  public LocalDate addWorkingDays(Instant receivedAt, int workingDays) {
    return addWorkingDays(local(receivedAt), workingDays);
  }

  /**
   * {@link #addWorkingDays(LocalDateTime, int)} for a dossier received during the office hours of
   * {@code receivedOn} (or, if that is not a working day, counted as received on the next one).
   */
  public LocalDate addWorkingDays(LocalDate receivedOn, int workingDays) {
    checkNotNegative(workingDays);
    return plusWorkingDays(receiptDay(receivedOn), workingDays);
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}; negative when
   * {@code to} is before {@code from}. For a receipt day {@code r}, {@code workingDaysBetween(r,
   * addWorkingDays(r, n)) == n}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    WorkingYear first = year(from.getYear());
    if (from.getYear() == to.getYear()) {
      return first.workingDaysThrough(epochDay(to)) - first.workingDaysThrough(epochDay(from));
    }
    int count = first.workingDays() - first.workingDaysThrough(epochDay(from));
    for (int y = from.getYear() + 1; y < to.getYear(); y++) {
      count += year(y).workingDays();
    }
    return count + year(to.getYear()).workingDaysThrough(epochDay(to));
  }

  /**
   * The instant by which {@code workingTime} of office time has passed since {@code start},
   * counting only office hours of working days. A start outside office hours counts from the next
   * opening; a zero amount gives that opening (or {@code start} itself, if within office hours).
   * The result is always within office hours.
   *
   * @throws IllegalArgumentException if {@code workingTime} is negative
   */
  public Instant addWorkingTime(Instant start, Duration workingTime) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(workingTime, "workingTime");
    if (workingTime.isNegative()) {
      throw new IllegalArgumentException("workingTime must not be negative: " + workingTime);
    }
    LocalDateTime at = local(start);
    LocalDate day = at.toLocalDate();
    LocalTime from = at.toLocalTime();
    Duration remaining = workingTime;
    Duration perDay = officeHours.perDay();
    while (true) {
      if (!isWorkingDay(day)) {
        day = nextWorkingDay(day);
        from = LocalTime.MIN;
      }
      if (!from.isAfter(officeHours.opening()) && remaining.compareTo(perDay) > 0) {
        // Skip whole days at once, leaving the last (possibly full) day to the loop below.
        long wholeDays = (remaining.toNanos() - 1) / perDay.toNanos();
        day = LocalDate.ofEpochDay(plusWorkingDaysFrom(epochDay(day), Math.toIntExact(wholeDays)));
        remaining = remaining.minus(perDay.multipliedBy(wholeDays));
      }
      for (OfficeHours.Session session : officeHours.sessions()) {
        if (from.isAfter(session.end())) {
          continue;
        }
        LocalTime begin = from.isAfter(session.start()) ? from : session.start();
        Duration available = Duration.between(begin, session.end());
        if (remaining.compareTo(available) <= 0) {
          return day.atTime(begin.plus(remaining)).atZone(zone).toInstant();
        }
        remaining = remaining.minus(available);
      }
      day = nextWorkingDay(day);
      from = LocalTime.MIN;
    }
  }

  /**
   * The office time between {@code from} and {@code to}: how much of the interval falls within the
   * office hours of working days. Zero when {@code to} is not after {@code from}. For any start
   * {@code s} and amount {@code d}, {@code workingTimeBetween(s, addWorkingTime(s, d)) == d}.
   *
   * @throws DateTimeException if the interval runs past the years the holiday sources cover
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    LocalDateTime start = local(from);
    LocalDateTime end = local(to);
    LocalDate first = start.toLocalDate();
    LocalDate last = end.toLocalDate();
    if (first.equals(last)) {
      return officeTimeOn(first, start.toLocalTime(), end.toLocalTime());
    }
    Duration total = officeTimeOn(first, start.toLocalTime(), LocalTime.MAX);
    int wholeDays = workingDaysBetween(first, last.minusDays(1));
    total = total.plus(officeHours.perDay().multipliedBy(wholeDays));
    return total.plus(officeTimeOn(last, LocalTime.MIN, end.toLocalTime()));
  }

  /** The office time of {@code day} between {@code from} and {@code to}; zero on a day off. */
  private Duration officeTimeOn(LocalDate day, LocalTime from, LocalTime to) {
    if (!isWorkingDay(day)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    for (OfficeHours.Session session : officeHours.sessions()) {
      LocalTime begin = from.isAfter(session.start()) ? from : session.start();
      LocalTime finish = to.isBefore(session.end()) ? to : session.end();
      if (finish.isAfter(begin)) {
        total = total.plus(Duration.between(begin, finish));
      }
    }
    return total;
  }

  /**
   * {@link #addWorkingTime(Instant, Duration)} in whole hours.
   *
   * @throws IllegalArgumentException if {@code hours} is negative
   */
  public Instant addWorkingHours(Instant start, long hours) {
    if (hours < 0) {
      throw new IllegalArgumentException("hours must not be negative: " + hours);
    }
    return addWorkingTime(start, Duration.ofHours(hours));
  }

  /**
   * When an agency must have confirmed receipt of a dossier submitted online at {@code
   * submittedAt}, or asked for it to be completed: eight working hours later (Decree 45/2020/NĐ-CP
   * on administrative procedures in the electronic environment; the article was not verified).
   */
  public Instant receiptConfirmationDeadline(Instant submittedAt) {
    return addWorkingHours(submittedAt, RECEIPT_CONFIRMATION_HOURS);
  }

  /** Whether {@code instant} falls within the office hours of a working day. */
  public boolean isWithinOfficeHours(Instant instant) {
    LocalDateTime at = local(instant);
    return isWorkingDay(at.toLocalDate()) && officeHours.contains(at.toLocalTime());
  }

  /** The close of office hours on {@code date}, as an instant: when a deadline that day ends. */
  public Instant endOfOfficeHours(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.atTime(officeHours.closing()).atZone(zone).toInstant();
  }

  @Override
  public String toString() {
    return "WorkingCalendar[zone="
        + zone
        + ", weeklyRestDays="
        + Arrays.toString(weeklyRestDays.stream().sorted().toArray())
        + ", officeHours="
        + officeHours
        + ", sources="
        + sources
        + "]";
  }

  private LocalDateTime local(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return LocalDateTime.ofInstant(instant, zone);
  }

  private static void checkNotNegative(int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
  }

  private static int epochDay(LocalDate date) {
    return Math.toIntExact(date.toEpochDay());
  }

  private LocalDate plusWorkingDays(LocalDate workingDay, int n) {
    return LocalDate.ofEpochDay(plusWorkingDaysFrom(epochDay(workingDay), n));
  }

  /** The n-th working day after working day {@code epochDay} ({@code epochDay} itself for 0). */
  private int plusWorkingDaysFrom(int epochDay, int n) {
    return n == 0 ? epochDay : nthWorkingDayAfter(epochDay, n);
  }

  /** The n-th (n ≥ 1) working day strictly after {@code epochDay}, which may be any day. */
  private int nthWorkingDayAfter(int epochDay, int n) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    int year = date.getYear();
    WorkingYear working = year(year);
    long target = (long) working.workingDaysThrough(epochDay) + n - 1;
    while (target >= working.workingDays()) {
      target -= working.workingDays();
      working = year(++year);
    }
    return working.workingDay((int) target);
  }

  private WorkingYear year(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new DateTimeException(
          "Year " + year + " is outside the supported years " + FIRST_YEAR + ".." + LAST_YEAR);
    }
    int slot = year - FIRST_YEAR;
    WorkingYear laidOut = years.get(slot);
    if (laidOut == null) {
      // Two threads may lay out the same year at once; both get equal values.
      laidOut = new WorkingYear(findSchedule(year), weeklyRestDays);
      years.compareAndSet(slot, null, laidOut);
    }
    return laidOut;
  }

  private HolidaySchedule findSchedule(int year) {
    for (HolidaySource source : sources) {
      Optional<HolidaySchedule> schedule = source.schedule(year, weeklyRestDays);
      if (schedule.isPresent()) {
        if (schedule.get().year() != year) {
          throw new IllegalStateException(
              source + " returned the schedule of " + schedule.get().year() + " for " + year);
        }
        return schedule.get();
      }
    }
    throw new DateTimeException(
        "No holiday source covers "
            + year
            + "; the Labour Code's rules cover "
            + StatutoryHolidays.FIRST_YEAR
            + ".."
            + StatutoryHolidays.LAST_YEAR
            + ", add a HolidaySource with that year's schedule");
  }

  /**
   * Builds a {@link WorkingCalendar}. Starts from the standard settings; not thread-safe.
   *
   * <pre>{@code
   * WorkingCalendar calendar =
   *     WorkingCalendar.builder()
   *         .holidaySources(OfficialSchedules.standard().with(next), StatutoryHolidays.standard())
   *         .officeHours(OfficeHours.parse("07:30-11:30,13:30-17:30"))
   *         .build();
   * }</pre>
   */
  public static final class Builder {
    private List<HolidaySource> sources =
        new ArrayList<>(List.of(OfficialSchedules.standard(), StatutoryHolidays.standard()));
    private Set<DayOfWeek> weeklyRestDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private OfficeHours officeHours = OfficeHours.standard();
    private ZoneId zone = VIETNAM;

    private Builder() {}

    /**
     * Where the holidays come from, asked in this order; replaces the default (the shipped official
     * schedules, then the Labour Code's rules).
     *
     * @throws IllegalArgumentException if no source is given
     */
    public Builder holidaySources(List<HolidaySource> holidaySources) {
      List<HolidaySource> copy = List.copyOf(holidaySources);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("at least one holiday source is needed");
      }
      this.sources = new ArrayList<>(copy);
      return this;
    }

    /** {@link #holidaySources(List)} with the sources as arguments. */
    public Builder holidaySources(HolidaySource... holidaySources) {
      return holidaySources(Arrays.asList(holidaySources));
    }

    /**
     * The days of the week not worked; Saturday and Sunday by default.
     *
     * @throws IllegalArgumentException if every day of the week is a rest day
     */
    public Builder weeklyRestDays(Set<DayOfWeek> weeklyRestDays) {
      Objects.requireNonNull(weeklyRestDays, "weeklyRestDays");
      if (weeklyRestDays.size() == DayOfWeek.values().length) {
        throw new IllegalArgumentException("at least one day of the week must be worked");
      }
      this.weeklyRestDays =
          weeklyRestDays.isEmpty()
              ? EnumSet.noneOf(DayOfWeek.class)
              : EnumSet.copyOf(weeklyRestDays);
      return this;
    }

    /** The office hours; {@link OfficeHours#standard()} by default. */
    public Builder officeHours(OfficeHours officeHours) {
      this.officeHours = Objects.requireNonNull(officeHours, "officeHours");
      return this;
    }

    /** The zone instants are read in; Asia/Ho_Chi_Minh by default. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** The calendar. */
    public WorkingCalendar build() {
      return new WorkingCalendar(this);
    }
  }
}
