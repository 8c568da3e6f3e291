package id.surel.request.bulk;

/** The uploaded staff list as a whole cannot be read; {@code code} is a message key, {@code args} its arguments. */
class StaffListException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    StaffListException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    String code() {
        return code;
    }

    Object[] args() {
        return args;
    }
}
