package id.surel.sop;

/**
 * One thing wrong with an SOP definition file, said in Indonesian and in English; {@code stepId} is null when the
 * problem belongs to the whole file.
 */
public record DefinitionProblem(String sourceName, String stepId, String messageId, String messageEn) {

    @Override
    public String toString() {
        if (stepId == null) {
            return sourceName + ": " + messageId + " / " + messageEn;
        }
        return sourceName + ": langkah '" + stepId + "': " + messageId + " / step '" + stepId + "': " + messageEn;
    }
}
