package id.surel.sop;

import java.util.List;
import java.util.Optional;

/**
 * One version of one SOP, the procedure of one {@link SopService}: its identity section, its flow, the request types it accepts with what each requires, and
 * the actors whose staff may enter a request for a walk-in applicant ({@code clerks}). Immutable; a change is a new
 * version.
 */
public record SopDefinition(String key, int version, SopIdentity identity, List<Actor> actors, List<Step> steps,
        List<RequestType> requestTypes, List<String> clerks, SopService service) {

    public SopDefinition(String key, int version, SopIdentity identity, List<Actor> actors, List<Step> steps,
            List<RequestType> requestTypes, List<String> clerks) {
        this(key, version, identity, actors, steps, requestTypes, clerks, SopService.NEW_ACCOUNT);
    }

    public SopDefinition {
        service = service == null ? SopService.NEW_ACCOUNT : service;
        actors = List.copyOf(actors);
        steps = List.copyOf(steps);
        requestTypes = requestTypes == null ? List.of() : List.copyOf(requestTypes);
        clerks = clerks == null ? List.of() : List.copyOf(clerks);
    }

    public Optional<RequestType> findRequestType(String typeId) {
        return requestTypes.stream().filter(t -> t.id().equals(typeId)).findFirst();
    }

    public RequestType requestType(String typeId) {
        return findRequestType(typeId)
                .orElseThrow(() -> new IllegalArgumentException("No request type " + typeId + " in " + key));
    }

    public Optional<Step> findStep(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public Step step(String stepId) {
        return findStep(stepId).orElseThrow(() -> new IllegalArgumentException("No step " + stepId + " in " + key));
    }

    public Optional<Actor> findActor(String actorId) {
        return actors.stream().filter(a -> a.id().equals(actorId)).findFirst();
    }

    public Actor actor(String actorId) {
        return findActor(actorId).orElseThrow(() -> new IllegalArgumentException("No actor " + actorId + " in " + key));
    }

    /** The submission step: where every request starts. */
    public Step start() {
        return steps.stream()
                .filter(s -> s.kind() == StepKind.SUBMISSION)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Definition " + key + " has no submission step"));
    }
}
