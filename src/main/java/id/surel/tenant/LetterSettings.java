package id.surel.tenant;

/**
 * How a government's letters look and are numbered: the number pattern, the office named under the government on the
 * letterhead (kop surat), the place written before the date, and an optional logo resource. Any may be null, and the
 * document feature then uses its default.
 */
public record LetterSettings(String numberPattern, String office, String place, String logo) {

    public static final LetterSettings NONE = new LetterSettings(null, null, null, null);
}
