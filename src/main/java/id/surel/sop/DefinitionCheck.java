package id.surel.sop;

/** One group of the validator's rules. */
interface DefinitionCheck {

    void check(SopDefinition definition, Problems problems);

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
