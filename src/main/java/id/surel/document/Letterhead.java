package id.surel.document;

/**
 * The kop surat and date line of a tenant's letters: the government, the issuing office, the web domain, the place
 * before the date, and the logo as a data URI (null: the template draws a neutral emblem).
 */
public record Letterhead(String government, String office, String domain, String place, String logoDataUri) {
}
