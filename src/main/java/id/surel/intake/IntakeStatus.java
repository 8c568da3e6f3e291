package id.surel.intake;

/** Where a mail taken from the intake box stands. */
enum IntakeStatus {
    DRAFT, SUBMITTED, REJECTED, QUARANTINED
}
