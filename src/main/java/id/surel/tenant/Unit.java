package id.surel.tenant;

/** An agency (OPD / Perangkat Daerah) of a government: an applicant unit. */
public record Unit(String code, String name) {
}
