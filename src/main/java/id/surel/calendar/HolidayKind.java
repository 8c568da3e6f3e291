package id.surel.calendar;

/** Why a day is not worked: a national holiday, national collective leave (cuti bersama) or a one-off closure. */
public enum HolidayKind {
    NATIONAL_HOLIDAY, COLLECTIVE_LEAVE, CLOSURE
}
