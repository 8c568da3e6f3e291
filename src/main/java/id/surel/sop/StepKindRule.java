package id.surel.sop;

/**
 * What a step of one kind must, may and must not have, and who may perform it. The same table is written out for
 * admins in docs/sop-format.md.
 */
record StepKindRule(Need actor, Performer performer, Need next, Need branches, Need action, Need time) {

    enum Need {
        REQUIRED, OPTIONAL, FORBIDDEN
    }

    enum Performer {
        APPLICANT, STAFF, ANYONE
    }

    static StepKindRule of(StepKind kind) {
        return switch (kind) {
            case SUBMISSION -> new StepKindRule(Need.REQUIRED, Performer.APPLICANT, Need.REQUIRED, Need.FORBIDDEN,
                    Need.FORBIDDEN, Need.OPTIONAL);
            case TASK -> new StepKindRule(Need.REQUIRED, Performer.STAFF, Need.REQUIRED, Need.FORBIDDEN,
                    Need.OPTIONAL, Need.REQUIRED);
            case DECISION -> new StepKindRule(Need.REQUIRED, Performer.STAFF, Need.FORBIDDEN, Need.REQUIRED,
                    Need.FORBIDDEN, Need.REQUIRED);
            case SYSTEM -> new StepKindRule(Need.REQUIRED, Performer.ANYONE, Need.REQUIRED, Need.FORBIDDEN,
                    Need.REQUIRED, Need.REQUIRED);
            case END -> new StepKindRule(Need.OPTIONAL, Performer.ANYONE, Need.FORBIDDEN, Need.FORBIDDEN,
                    Need.FORBIDDEN, Need.OPTIONAL);
        };
    }
}
