package id.surel.sop;

/** No definition version with that id in the caller's tenant (the same answer whether it exists elsewhere or not). */
public class DefinitionNotFoundException extends RuntimeException {

    public DefinitionNotFoundException() {
        super("Versi SOP tidak ditemukan. / SOP version not found.");
    }
}
