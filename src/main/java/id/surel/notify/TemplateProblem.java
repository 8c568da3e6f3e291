package id.surel.notify;

/** Why a tenant's notice template was refused: a message key and its arguments (shown in the reader's language). */
public record TemplateProblem(String key, Object... args) {
}
